package org.chancery.common.boundary;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Problem details (RFC 9457) written straight to the response, for answers given outside the
 * API's controllers: a request refused at the boundary, Tomcat's or Spring Security's error
 * dispatches, an unreachable database. Same types and fields as the API's own
 * ({@code https://chancery.example/problems/…}, {@code invalidParams}).
 */
public final class ProblemBodies {

    static final String TYPE_BASE = "https://chancery.example/problems/";

    private ProblemBodies() {
    }

    /** Whether this address is the API's, whose answers are problem details rather than pages. */
    public static boolean isApi(HttpServletRequest request, String path) {
        return path.startsWith(request.getContextPath() + "/api/");
    }

    public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String type, String title,
            String detail, @Nullable RefusedPart refused) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + type);
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (refused != null) {
            problem.put("invalidParams", List.of(Map.of("in", refused.in(), "name", refused.name(), "reason", refused.reason())));
        }
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
        response.flushBuffer();
    }
}
