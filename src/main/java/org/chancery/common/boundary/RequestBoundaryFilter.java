package org.chancery.common.boundary;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every request's address, headers and form as text before anything else does, and
 * refuses one that cannot be read ({@link ReadableText}) with 400 naming the part: a problem
 * detail on the API, the error page on pages. Controllers, Spring Security and the database
 * then only ever see text they can store. Runs just after the character-encoding filter, so
 * that a form is read as UTF-8.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestBoundaryFilter extends OncePerRequestFilter {

    /** A row of a form's list ({@code states[2].state}); Spring's binder grows lists no further either. */
    private static final Pattern INDEX = Pattern.compile("\\[([^\\]]*)\\]");
    private static final int MAX_INDEX = 255;

    private final JsonMapper json;
    private final ErrorPageRenderer pages;

    RequestBoundaryFilter(JsonMapper json, ErrorPageRenderer pages) {
        this.json = json;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RefusedPart> refused = path(request).or(() -> query(request)).or(() -> headers(request))
                .or(() -> form(request));
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        RefusedPart part = refused.get();
        if (ProblemBodies.isApi(request, request.getRequestURI())) {
            ProblemBodies.write(response, json, HttpStatus.BAD_REQUEST, "unreadable-request", "Unreadable request",
                    "The request's " + part.in() + " cannot be read: " + part.name() + " " + part.reason()
                            + ". Nothing was read or written; see invalidParams.", part);
        } else {
            pages.render(request, response, HttpStatus.BAD_REQUEST, "error/400", Map.of("refused", part),
                    "This request cannot be read", "The " + part.in() + " cannot be read: " + part.name() + " "
                            + part.reason() + ".");
        }
    }

    private static Optional<RefusedPart> path(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.indexOf(';') >= 0) {
            return Optional.of(new RefusedPart("path", "path", "has a ';' parameter, which no address here takes"));
        }
        try {
            return ReadableText.problem(ReadableText.decodeQueryPart(path.replace("+", "%2B")))
                    .map(reason -> new RefusedPart("path", "path", reason));
        } catch (IllegalArgumentException unreadable) {
            return Optional.of(new RefusedPart("path", "path", unreadable.getMessage()));
        }
    }

    private static Optional<RefusedPart> query(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name;
            try {
                name = ReadableText.decodeQueryPart(rawName);
            } catch (IllegalArgumentException unreadable) {
                return Optional.of(new RefusedPart("query", "a parameter's name", unreadable.getMessage()));
            }
            Optional<String> badName = ReadableText.problem(name);
            if (badName.isPresent()) {
                return Optional.of(new RefusedPart("query", "a parameter's name", badName.get()));
            }
            if (equals >= 0) {
                try {
                    Optional<String> badValue = ReadableText.problem(ReadableText.decodeQueryPart(pair.substring(equals + 1)));
                    if (badValue.isPresent()) {
                        return Optional.of(new RefusedPart("query", name, badValue.get()));
                    }
                } catch (IllegalArgumentException unreadable) {
                    return Optional.of(new RefusedPart("query", name, unreadable.getMessage()));
                }
            }
        }
        return Optional.empty();
    }

    /** Header values are Latin-1 by HTTP's rules, so only control characters make one unreadable. */
    private static Optional<RefusedPart> headers(HttpServletRequest request) {
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                if (value.chars().anyMatch(c -> (c < 0x20 && c != '\t') || c == 0x7f)) {
                    return Optional.of(new RefusedPart("header", name, "contains a control character"));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A form's fields, as the container reads them: a URL-encoded body (or one without a type).
     * A multipart body is left to the upload's own reading, which knows its limits.
     */
    private static Optional<RefusedPart> form(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null) {
            try {
                if (!MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(MediaType.parseMediaType(type))) {
                    return Optional.empty();
                }
            } catch (InvalidMediaTypeException notAType) {
                return Optional.of(new RefusedPart("header", "Content-Type", "is not a media type"));
            }
        }
        for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
            Optional<String> badName = ReadableText.problem(field.getKey());
            if (badName.isPresent()) {
                return Optional.of(new RefusedPart("form", "a field's name", badName.get()));
            }
            Matcher index = INDEX.matcher(field.getKey());
            while (index.find()) {
                if (!index.group(1).matches("\\d{1,3}") || Integer.parseInt(index.group(1)) > MAX_INDEX) {
                    return Optional.of(new RefusedPart("form", field.getKey(),
                            "names a row no form has (rows are numbered 0 to " + MAX_INDEX + ")"));
                }
            }
            for (String value : field.getValue()) {
                Optional<String> bad = ReadableText.problem(value);
                if (bad.isPresent()) {
                    return Optional.of(new RefusedPart("form", field.getKey(), bad.get()));
                }
            }
        }
        return Optional.empty();
    }
}
