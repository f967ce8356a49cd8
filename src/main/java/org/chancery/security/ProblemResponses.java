package org.chancery.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's 401 and 403 as problem details, written before any controller is reached. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Chancery\"");
            write(json, response, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                    "Sign in with HTTP Basic to do this.");
        };
    }

    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, exception) -> write(json, response, HttpStatus.FORBIDDEN, "forbidden",
                "Not allowed", "Your account's role does not allow this.");
    }

    private static void write(JsonMapper json, HttpServletResponse response, HttpStatus status, String type,
            String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://chancery.example/problems/" + type));
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
