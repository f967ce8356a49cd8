package org.chancery.common.api;

import org.chancery.common.InvalidParameterException;
import org.chancery.common.InvalidRequestException;
import org.chancery.common.JsonPaths;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.chancery.common.DatabaseUnreachable;
import org.chancery.common.InvalidParameterException.InvalidParameter;
import org.chancery.common.RecordExistsException;
import org.chancery.common.RecordGoneException;
import org.chancery.common.NotFoundException;
import org.chancery.common.RuleViolationException;
import org.chancery.common.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns the API's failures into RFC 9457 problem details: 400 for what cannot be read (with
 * every bad field or parameter named), 404/410 for what is not there, 409 for a key already
 * taken, 409/412/428 for writes that would overwrite someone else's change, 422 for what the
 * record's rules refuse. Spring MVC's own failures (405, 406, 415 …) come as problem details
 * through the base class.
 * Messages are written for the caller; an unexpected exception is logged and answered
 * without its message.
 */
@RestControllerAdvice(annotations = ApiController.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);
    static final String TYPE_BASE = "https://chancery.example/problems/";

    @ExceptionHandler
    ProblemDetail invalidParameters(InvalidParameterException exception) {
        return invalid("invalid-parameters", "Invalid request parameters",
                "Some request parameters are not valid; see invalidParams.", exception.parameters());
    }

    @ExceptionHandler
    ProblemDetail invalidRequest(InvalidRequestException exception) {
        return invalid("invalid-request", "Invalid request body",
                "Some fields of the request are not valid; see invalidParams.", exception.fields());
    }

    @ExceptionHandler
    ProblemDetail ruleViolated(RuleViolationException exception) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violation",
                "The record's rules refuse this", exception.getMessage());
        problem.setProperty("rule", exception.rule());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", exception.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> exists(RecordExistsException exception) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "already-exists", "Already exists", exception.getMessage());
        if (exception.resource() == null) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        String existing = "/api/v1/" + exception.resource() + "/" + exception.existingKey();
        problem.setProperty("existing", existing);
        return ResponseEntity.status(HttpStatus.CONFLICT).location(URI.create(existing)).body(problem);
    }

    @ExceptionHandler
    ProblemDetail gone(RecordGoneException exception) {
        ProblemDetail problem = problem(HttpStatus.GONE, "deleted", "Deleted", exception.getMessage());
        problem.setProperty("deletedAt", exception.deletedAt());
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> stale(StaleVersionException exception) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "stale-version", "Changed meanwhile",
                "The record has changed since the version named in If-Match. Read it again, then repeat your change.");
        problem.setProperty("currentVersion", exception.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(Versions.etag(exception.currentVersion()))
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail versionRequired(PreconditionRequiredException exception) {
        return problem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", "If-Match required",
                "Send If-Match with the ETag of the version you read, so that no one else's change is overwritten.");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> readOnly(ReadOnlyResourceException exception) {
        return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).allow(HttpMethod.GET, HttpMethod.HEAD)
                .body(problem(HttpStatus.METHOD_NOT_ALLOWED, "read-only", "Read only", exception.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail concurrentWrite(OptimisticLockingFailureException exception) {
        return problem(HttpStatus.CONFLICT, "concurrent-change", "Changed meanwhile",
                "Someone changed the record while this request was being handled. Read it again, then repeat your change.");
    }

    @ExceptionHandler
    ProblemDetail conflict(DataIntegrityViolationException exception) {
        log.warn("A write broke a database constraint", exception);
        return problem(HttpStatus.CONFLICT, "conflict", "Conflicts with the record",
                "The change conflicts with data already in the record, so nothing was written.");
    }

    // Request bodies and parameters that cannot be read: answered like invalid query
    // parameters, each field by name. Framework and Jackson messages quote Java types and
    // input, so none is passed on.

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidParameter> fields = exception.getBindingResult().getAllErrors().stream()
                .map(error -> new InvalidParameter(error instanceof FieldError field ? field.getField()
                        : error.getObjectName(), reasonOf(error)))
                .sorted(Comparator.comparing(InvalidParameter::name))
                .toList();
        return ResponseEntity.badRequest().body(invalid("invalid-request", "Invalid request body",
                "Some fields of the request are not valid; see invalidParams.", fields));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        InvalidParameter field = exception.getCause() instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()
                ? new InvalidParameter(JsonPaths.of(mismatch), mismatch instanceof ReadableTextModule.UnreadableTextException text
                        ? text.reason() : reasonFor(mismatch.getTargetType()))
                : new InvalidParameter(exception.getCause() instanceof JacksonException jackson ? JsonPaths.of(jackson) : "$",
                        "cannot be read: the body must be a JSON object of the documented fields");
        return ResponseEntity.badRequest().body(invalid("invalid-request", "Unreadable request body",
                "The request body is not JSON of the expected form; see invalidParams.", List.of(field)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = exception.getPropertyName() == null ? "parameter" : exception.getPropertyName();
        return ResponseEntity.badRequest().body(invalid("invalid-parameters", "Invalid request parameters",
                "Some request parameters are not valid; see invalidParams.",
                List.of(new InvalidParameter(name, reasonFor(exception.getRequiredType())))));
    }

    @ExceptionHandler
    ProblemDetail unexpected(Exception exception) throws Exception {
        if (exception instanceof AccessDeniedException || exception instanceof AuthenticationException) {
            throw exception; // Spring Security answers these with its own 401/403 problem details.
        }
        if (DatabaseUnreachable.isCause(exception)) {
            throw exception; // answered 503 by the database's outage filter
        }
        log.error("An API request failed unexpectedly", exception);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Something went wrong",
                "The request could not be handled. Nothing was written. Try again; if it keeps failing, tell the operators.");
    }

    private static ProblemDetail invalid(String type, String title, String detail, List<InvalidParameter> fields) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, type, title, detail);
        problem.setProperty("invalidParams", fields);
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
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
}
