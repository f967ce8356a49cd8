package org.chancery.common;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Whether a failure means the database cannot be reached or does not answer in time (it is
 * stopped, restarting, or too busy), rather than that the request was wrong: then the answer
 * is 503 with {@code Retry-After}, because the same request will work once it is back. The
 * cause chain is walked, since the pool's, the driver's and Hibernate's exceptions come
 * wrapped in Spring's.
 */
public final class DatabaseUnreachable {

    /** Seconds a caller is asked to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnreachable() {
    }

    public static boolean isCause(@Nullable Throwable failure) {
        return isCause(failure, new IdentityHashMap<>());
    }

    /** Causes and suppressed exceptions both: a failed rollback keeps the statement's failure only as the latter. */
    private static boolean isCause(@Nullable Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, true) != null) {
            return false;
        }
        if (failure instanceof CannotCreateTransactionException || failure instanceof DataAccessResourceFailureException
                || failure instanceof QueryTimeoutException || failure instanceof SQLTransientConnectionException
                || failure instanceof org.hibernate.exception.JDBCConnectionException
                || failure instanceof SQLException sql && (unreachableState(sql.getSQLState()) || closedByThePool(sql))) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (isCause(suppressed, seen)) {
                return true;
            }
        }
        return isCause(failure.getCause(), seen);
    }

    /**
     * The pool closes a connection whose statement failed on a broken socket; the rollback that
     * follows then meets Hikari's closed connection, whose exception carries no SQL state.
     */
    private static boolean closedByThePool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /**
     * SQL states of a lost or refused connection (class 08), a server shutting down or
     * starting (57P01-57P03), and a statement cancelled by its timeout (57014).
     */
    private static boolean unreachableState(@Nullable String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("57014"));
    }
}
