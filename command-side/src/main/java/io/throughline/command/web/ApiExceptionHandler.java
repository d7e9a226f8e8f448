package io.throughline.command.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.CommandRejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Every refusal as {@code application/problem+json} with a detail that says what was wrong and, where one field is
 * at fault, a {@code field} property naming it.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    @ExceptionHandler(CommandExecutionException.class)
    ProblemDetail rejected(CommandExecutionException exception) {
        CommandRejection rejection = exception.<CommandRejection>getDetails()
                .orElseThrow(() -> exception);
        return problemOf(rejection, exception.getMessage());
    }

    /** Refused before it was sent: a command that could not even be addressed. */
    @ExceptionHandler(CommandRejectedException.class)
    ProblemDetail refused(CommandRejectedException exception) {
        return problemOf(exception.rejection(), exception.getMessage());
    }

    private static ProblemDetail problemOf(CommandRejection rejection, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(statusOf(rejection.kind()), detail);
        problem.setTitle(titleOf(rejection.kind()));
        if (rejection.field() != null) {
            problem.setProperty("field", rejection.field());
        }
        if (rejection.rule() != null) {
            problem.setProperty("rule", rejection.rule());
        }
        return problem;
    }

    /**
     * An {@code If-Match} version older than the aggregate's. Axon checks it when the unit of work commits, after
     * every handler interceptor has returned, so it arrives here as itself rather than as a rejection.
     */
    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> stale(ConflictingAggregateVersionException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED, "the version is "
                + exception.getActualVersion() + ", not " + exception.getExpectedVersion()
                + ": someone changed it meanwhile; read it again and retry");
        problem.setTitle("Stale version");
        problem.setProperty("currentVersion", exception.getActualVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(Long.toString(exception.getActualVersion())).body(problem);
    }

    /**
     * Another instance of the service appended to the same aggregate at the same moment, every retry included:
     * nothing was stored, and sending the request again will do.
     */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> concurrentAppend(ConcurrencyException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "changed at the same moment by "
                + "another request, several times over; nothing was stored: send it again");
        problem.setTitle("Concurrent change");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /**
     * An address nothing answers. Under {@code /api/} a problem like any other; elsewhere the address was meant for a
     * page, so Boot's error handling answers it (ApiErrorController: a page in the app's layout for a browser).
     */
    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException exception,
                                                                   HttpHeaders headers, HttpStatusCode status,
                                                                   WebRequest request) {
        return answeredAsPage(status, request) ? null
                : super.handleNoHandlerFoundException(exception, headers, status, request);
    }

    /** A file missing under one of the static paths ({@code /css/}, {@code /js/}, {@code /webjars/}): as above. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException exception,
                                                                    HttpHeaders headers, HttpStatusCode status,
                                                                    WebRequest request) {
        return answeredAsPage(status, request) ? null
                : super.handleNoResourceFoundException(exception, headers, status, request);
    }

    private static boolean answeredAsPage(HttpStatusCode status, WebRequest request) {
        if (!(request instanceof ServletWebRequest servlet) || servlet.getRequest().getServletPath().startsWith("/api/")
                || servlet.getResponse() == null) {
            return false;
        }
        try {
            servlet.getResponse().sendError(status.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    /** Names the JSON field that could not be read, and why: a wrong type, an unknown enum constant, a bad format. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Unreadable request body");
        if (exception.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setProperty("field", field);
            problem.setDetail(field + ": " + reasonOf(mapping));
        } else {
            problem.setDetail("the body is not valid JSON: " + rootMessage(exception));
        }
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A query parameter left out: names it, like a missing field of a body. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException exception,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return badParameter(exception, exception.getParameterName(), "is required", headers, request);
    }

    /** A path or query parameter that is not a value of its type, such as quarter=2026-Q5: says what it must look like. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException exception, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        return badParameter(exception, exception.getPropertyName(), rootMessage(exception), headers, request);
    }

    /** A query parameter bound into an object (such as the audit log's filter) that could not be read. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        FieldError error = exception.getFieldError();
        if (error == null) {
            return super.handleMethodArgumentNotValid(exception, headers, status, request);
        }
        Class<?> type = exception.getBindingResult().getFieldType(error.getField());
        return badParameter(exception, error.getField(), "'" + error.getRejectedValue() + "' is not a valid "
                + (error.isBindingFailure() && type != null ? type.getSimpleName() : "value"), headers, request);
    }

    private ResponseEntity<Object> badParameter(Exception exception, String parameter, String reason,
                                                HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, parameter + ": " + reason);
        problem.setTitle("Bad request parameter");
        problem.setProperty("field", parameter);
        return handleExceptionInternal(exception, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String reasonOf(JsonMappingException mapping) {
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            return "is not a field of this request, whose fields are " + unknown.getKnownPropertyIds();
        }
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "'" + invalid.getValue() + "' is not one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
        }
        if (mapping instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
            String expected = Number.class.isAssignableFrom(invalid.getTargetType()) ? "number"
                    : invalid.getTargetType().getSimpleName();
            return "'" + invalid.getValue() + "' is not a valid " + expected;
        }
        return rootMessage(mapping);
    }

    private static String rootMessage(Throwable throwable) {
        Throwable root = throwable;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root instanceof JsonMappingException json ? json.getOriginalMessage() : root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }

    private static HttpStatus statusOf(CommandRejection.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case RULE_BROKEN -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }

    private static String titleOf(CommandRejection.Kind kind) {
        return switch (kind) {
            case INVALID -> "Invalid command";
            case FORBIDDEN -> "Not allowed";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflicts with the current state";
            case RULE_BROKEN -> "Breaks a rule";
        };
    }
}
