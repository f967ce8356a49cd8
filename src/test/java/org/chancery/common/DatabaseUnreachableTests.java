package org.chancery.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableTests {

    @Test
    void aPoolThatCannotConnectIsAnOutageHoweverDeepItIsWrapped() {
        SQLTransientConnectionException pool = new SQLTransientConnectionException("Connection is not available",
                "08001", new SQLException("Connection refused", "08001"));

        assertThat(DatabaseUnreachable.isCause(new CannotCreateTransactionException("no transaction", pool))).isTrue();
        assertThat(DatabaseUnreachable.isCause(new RuntimeException(new IllegalStateException(pool)))).isTrue();
        assertThat(DatabaseUnreachable.isCause(new CannotGetJdbcConnectionException("no connection"))).isTrue();
    }

    @Test
    void aBrokenConnectionWhoseRollbackFailedIsAnOutage() {
        JpaSystemException rollback = new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));
        assertThat(DatabaseUnreachable.isCause(rollback)).isTrue();

        RuntimeException statement = new RuntimeException("query failed");
        statement.addSuppressed(new SQLException("An I/O error occurred while sending to the backend", "08006"));
        assertThat(DatabaseUnreachable.isCause(statement)).isTrue();
    }

    @Test
    void aStatementTheServerCancelledForItsTimeoutIsAnOutage() {
        assertThat(DatabaseUnreachable.isCause(new RuntimeException(new SQLException("canceling statement", "57014")))).isTrue();
    }

    @Test
    void whatTheDatabaseRefusesIsNotAnOutage() {
        assertThat(DatabaseUnreachable.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseUnreachable.isCause(new IllegalArgumentException("no"))).isFalse();
        assertThat(DatabaseUnreachable.isCause(null)).isFalse();
    }
}
