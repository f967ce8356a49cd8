package org.chancery.database;

import java.io.IOException;
import org.chancery.common.DatabaseUnreachable;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches an unreachable database wherever a request meets it outside the controllers'
 * own error handling (Spring Security's filters, the session, a controller without error
 * pages) and answers 503 ({@link DatabaseOutageAnswers}) instead of letting it become a 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseOutageAnswers answers;

    DatabaseOutageFilter(DatabaseOutageAnswers answers) {
        this.answers = answers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseUnreachable.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            answers.answer(request, response, failure);
        }
    }
}
