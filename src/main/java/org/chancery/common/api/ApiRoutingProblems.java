package org.chancery.common.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Problem details for API requests that fail before any API controller is chosen: an
 * unknown path, a method or media type no endpoint takes. Requests outside {@code /api/}
 * are left to the page error handling (the exception is rethrown, which hands it on).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> noSuchPath(NoResourceFoundException exception, HttpServletRequest request)
            throws NoResourceFoundException {
        requireApi(request, exception);
        return respond(ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "There is no API resource at this path. The resources are listed at /v3/api-docs."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException exception,
            HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
        requireApi(request, exception);
        ResponseEntity<ProblemDetail> response = respond(ApiProblemHandler.problem(HttpStatus.METHOD_NOT_ALLOWED,
                "method-not-allowed", "Method not allowed",
                "This resource does not take " + exception.getMethod() + "."));
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(response.getHeaders());
        if (exception.getSupportedHttpMethods() != null) {
            headers.setAllow(exception.getSupportedHttpMethods());
        }
        return new ResponseEntity<>(response.getBody(), headers, HttpStatus.METHOD_NOT_ALLOWED);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException exception,
            HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        requireApi(request, exception);
        return respond(ApiProblemHandler.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                "Unsupported media type", "Send the body as " + MediaType.toString(exception.getSupportedMediaTypes())
                        + " (PATCH takes application/merge-patch+json)."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException exception,
            HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        requireApi(request, exception);
        return respond(ApiProblemHandler.problem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable",
                "This resource answers in " + MediaType.toString(exception.getSupportedMediaTypes()) + "."));
    }

    private static <E extends Exception> void requireApi(HttpServletRequest request, E exception) throws E {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw exception;
        }
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
