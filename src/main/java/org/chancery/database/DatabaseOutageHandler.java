package org.chancery.database;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Before any controller's own error handling (which would call an unreachable database a
 * conflict or a 500), the database's outage is answered as one ({@link DatabaseOutageAnswers}),
 * on every controller. The exception is matched anywhere in the cause chain.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageHandler {

    private final DatabaseOutageAnswers answers;

    DatabaseOutageHandler(DatabaseOutageAnswers answers) {
        this.answers = answers;
    }

    @ExceptionHandler({CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
            QueryTimeoutException.class, SQLTransientConnectionException.class,
            org.hibernate.exception.JDBCConnectionException.class})
    void unreachable(Exception failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        answers.answer(request, response, failure);
    }
}
