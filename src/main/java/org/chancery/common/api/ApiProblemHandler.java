package org.chancery.common.api;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.chancery.common.RuleViolationException;
import org.chancery.common.api.InvalidParameterException.InvalidParameter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
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

    // Request bodies and path variables: answered like invalid query parameters, each field by
    // name. Framework and Jackson messages quote Java types and input, so none is passed on.

    @ExceptionHandler
    ProblemDetail invalidBody(MethodArgumentNotValidException exception) {
        List<InvalidParameter> parameters = exception.getBindingResult().getAllErrors().stream()
                .map(error -> new InvalidParameter(error instanceof FieldError field ? field.getField()
                        : error.getObjectName(), reasonOf(error)))
                .toList();
        return invalidParameters(new InvalidParameterException(parameters));
    }

    @ExceptionHandler
    ProblemDetail unreadableBody(HttpMessageNotReadableException exception) {
        InvalidParameter parameter = exception.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()
                ? new InvalidParameter(pathOf(mismatch), reasonFor(mismatch.getTargetType()))
                : new InvalidParameter("body", "must be a JSON object of the documented fields");
        return invalidParameters(new InvalidParameterException(List.of(parameter)));
    }

    @ExceptionHandler
    ProblemDetail mistypedParameter(TypeMismatchException exception) {
        String name = exception.getPropertyName() == null ? "parameter" : exception.getPropertyName();
        return invalidParameters(new InvalidParameterException(
                List.of(new InvalidParameter(name, reasonFor(exception.getRequiredType())))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Send the request body as JSON (Content-Type: application/json).");
        problem.setType(URI.create(TYPE_BASE + "unsupported-media-type"));
        problem.setTitle("Unsupported media type");
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).headers(exception.getHeaders()).body(problem);
    }

    private static String reasonOf(ObjectError error) {
        // A constraint's message is written for the caller; a binding failure's names Java types.
        boolean bindingFailure = error instanceof FieldError field && field.isBindingFailure();
        return bindingFailure || error.getDefaultMessage() == null ? "is not a valid value" : error.getDefaultMessage();
    }

    private static String reasonFor(@Nullable Class<?> type) {
        if (type != null && type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "must be one of ", ""));
        }
        if (type == Instant.class) {
            return "must be an ISO 8601 instant such as 2030-01-31T00:00:00Z";
        }
        return "is not a valid value";
    }

    /** {@code items[2].name} from Jackson's path, without its descriptions of Java classes. */
    private static String pathOf(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
