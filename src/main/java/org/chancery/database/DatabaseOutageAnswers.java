package org.chancery.database;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.chancery.common.boundary.ProblemBodies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

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
    private final ViewResolver views;

    DatabaseOutageAnswers(JsonMapper json, ViewResolver thymeleafViewResolver) {
        this.json = json;
        this.views = thymeleafViewResolver;
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
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        try {
            View page = views.resolveViewName(VIEW, request.getLocale() == null ? Locale.ENGLISH : request.getLocale());
            if (page != null) {
                page.render(Map.of(), request, response);
                return;
            }
        } catch (Exception renderFailed) {
            log.debug("The 503 page could not be rendered; a plain one is sent", renderFailed);
            response.resetBuffer();
        }
        response.getWriter().write("<!DOCTYPE html><html><head><title>Temporarily unavailable</title></head><body>"
                + "<h1>The record is not reachable just now</h1><p>Chancery cannot reach its database at the moment. "
                + "Nothing was saved. Try again in a minute.</p></body></html>");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
