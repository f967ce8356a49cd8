package org.chancery.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import org.chancery.common.DatabaseUnreachable;
import org.chancery.database.DatabaseOutageAnswers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's 401 and 403 as problem details, with the challenges of HTTP Basic and bearer tokens. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    /**
     * A sign-in that failed because the database could not be asked (the throttle, the
     * account or the token could not be looked up) is not a wrong password: it is answered
     * 503 with Retry-After like every other request during an outage, not 401.
     */
    static AuthenticationEntryPoint outageAware(AuthenticationEntryPoint entryPoint, DatabaseOutageAnswers outage) {
        return (request, response, exception) -> {
            if (DatabaseUnreachable.isCause(exception)) {
                outage.answer(request, response, exception);
                return;
            }
            entryPoint.commence(request, response, exception);
        };
    }

    static AuthenticationEntryPoint unauthorized(JsonMapper json) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Chancery\"");
            response.addHeader("WWW-Authenticate", "Bearer realm=\"Chancery\"");
            write(json, response, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
                    "Sign in with HTTP Basic or a personal access token (Authorization: Bearer) to do this.");
        };
    }

    /**
     * HTTP Basic credentials that did not sign in: 401 as {@link #unauthorized}, or 429 with
     * Retry-After while the username or the address is throttled (the password was not checked).
     */
    static AuthenticationEntryPoint signInFailed(JsonMapper json) {
        AuthenticationEntryPoint unauthorized = unauthorized(json);
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                write(json, response, HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-in-attempts",
                        "Too many failed sign-ins", "Too many failed sign-ins for this username or from this address; "
                                + "try again in " + throttled.retryAfterMinutes() + " minute(s).");
                return;
            }
            unauthorized.commence(request, response, exception);
        };
    }

    /**
     * A bearer token that opens nothing, malformed or not. The challenge carries RFC 6750's
     * error code and nothing says why: an unknown, revoked or expired token, or one of a
     * disabled account, all look the same.
     */
    static AuthenticationEntryPoint invalidBearerToken(JsonMapper json) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            write(json, response, HttpStatus.UNAUTHORIZED, "invalid-token", "Invalid token",
                    "The bearer token is not valid.");
        };
    }

    static AccessDeniedHandler forbidden(JsonMapper json) {
        return (request, response, exception) -> {
            if (SecurityContextHolder.getContext().getAuthentication() instanceof BearerTokenAuthentication) {
                // RFC 6750: the token is good but not enough for this, as a READ token for a write.
                response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
                write(json, response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                        "This token's scope or its account's role does not allow this.");
                return;
            }
            write(json, response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed",
                    "Your account's role does not allow this.");
        };
    }

    /** HTTP Basic with a password an admin gave, which its holder has yet to replace (see {@link OwnPasswordFirst}). */
    static void passwordChangeRequired(JsonMapper json, HttpServletResponse response) throws IOException {
        write(json, response, HttpStatus.FORBIDDEN, "password-change-required", "Choose your own password first",
                "An admin set this account's password. Sign in on the website and choose your own at "
                        + OwnPasswordFirst.PASSWORD_FORM + " before using the API.");
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
