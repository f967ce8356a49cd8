package org.chancery.common.api;

import java.net.URI;

import org.chancery.common.RuleViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the API's failures into RFC 9457 problem details. Messages are written for the
 * caller; an unexpected exception is logged and answered without its message.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    static final String TYPE_BASE = "https://chancery.example/problems/";

    @ExceptionHandler
    ProblemDetail invalidParameters(InvalidParameterException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Some request parameters are not valid; see invalidParams.");
        problem.setType(URI.create(TYPE_BASE + "invalid-parameters"));
        problem.setTitle("Invalid request parameters");
        problem.setProperty("invalidParams", exception.parameters());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail ruleViolated(RuleViolationException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, exception.getMessage());
        problem.setType(URI.create(TYPE_BASE + "rule-violation"));
        problem.setTitle("The record's rules refuse this");
        problem.setProperty("rule", exception.rule());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(RecordNotFoundException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, exception.getMessage());
        problem.setType(URI.create(TYPE_BASE + "not-found"));
        problem.setTitle("Not found");
        return problem;
    }
}
