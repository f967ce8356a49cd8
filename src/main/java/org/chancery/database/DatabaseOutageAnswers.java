package org.chancery.database;

import java.io.IOException;
import java.util.Map;
import org.chancery.common.DatabaseUnreachable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.common.boundary.ErrorPageRenderer;
import org.chancery.common.boundary.ProblemBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The answer while the database is unreachable: 503 with {@code Retry-After}, a problem
 * detail on the API and the layout's "not reachable" page elsewhere. Logged once per request
 * as a warning without its stack: the cause is the database, not this code.
 */
@Component
public class DatabaseOutageAnswers {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAnswers.class);
    static final String VIEW = "error/503";

    private final JsonMapper json;
    private final ErrorPageRenderer pages;

    DatabaseOutageAnswers(JsonMapper json, ErrorPageRenderer pages) {
        this.json = json;
        this.pages = pages;
    }

    public void answer(HttpServletRequest request, HttpServletResponse response, Throwable failure) throws IOException {
        log.warn("The database is unreachable; {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
                rootMessage(failure));
        response.resetBuffer();
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnreachable.RETRY_AFTER_SECONDS));
        if (ProblemBodies.isApi(request, request.getRequestURI())) {
            ProblemBodies.write(response, json, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                    "Temporarily unavailable", "The record's database cannot be reached just now. Nothing was written. "
                            + "Try again after the seconds in Retry-After.", null);
            return;
        }
        pages.render(request, response, HttpStatus.SERVICE_UNAVAILABLE, VIEW, Map.of(), "The record is not reachable just now",
                "Chancery cannot reach its database at the moment. Nothing was saved. Try again in a minute.");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
