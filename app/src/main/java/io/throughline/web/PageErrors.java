package io.throughline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.util.Map;

/**
 * A page that cannot be shown, as a page (templates/error.html, through {@code /error}) for a browser: an unknown
 * priority, a {@code ?quarter=} that is no quarter. Only for the pages' controllers and only when the client takes
 * HTML; anything else (the API, a client asking for JSON) keeps the problem+json of the API's own handler, which
 * comes after this one.
 */
@ControllerAdvice(basePackages = "io.throughline.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    /** What the first part of a page's address names, for "No priority is known by this address". */
    private static final Map<String, String> THINGS = Map.of("priorities", "priority", "teams", "team",
            "metrics", "KPI", "check-ins", "person");

    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
    void refused(ResponseStatusException refused, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.sendError(refused.getStatusCode().value(), refused.getStatusCode().value()
                == HttpStatus.NOT_FOUND.value() ? notFound(request.getServletPath()) : refused.getReason());
    }

    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
    void unreadable(TypeMismatchException unreadable, HttpServletResponse response) throws IOException {
        Throwable cause = unreadable.getMostSpecificCause();
        String why = cause.getMessage() == null ? "is not valid" : cause.getMessage().lines().findFirst().orElse("");
        badRequest(response, "The address gives " + unreadable.getPropertyName() + " as '" + unreadable.getValue()
                + "', which this page cannot read: " + why + ".");
    }

    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
    void missing(MissingServletRequestParameterException missing, HttpServletResponse response) throws IOException {
        badRequest(response, "The address lacks " + missing.getParameterName() + ", which this page needs.");
    }

    @ExceptionHandler(produces = MediaType.TEXT_HTML_VALUE)
    void unbound(BindException unbound, HttpServletResponse response) throws IOException {
        String field = unbound.getFieldError() == null ? "a value" : unbound.getFieldError().getField();
        badRequest(response, "The address gives " + field + " a value this page cannot read.");
    }

    private static void badRequest(HttpServletResponse response, String message) throws IOException {
        response.sendError(HttpStatus.BAD_REQUEST.value(), message);
    }

    private static String notFound(String path) {
        String[] parts = path.split("/");
        String thing = parts.length > 1 ? THINGS.get(parts[1]) : null;
        return (thing == null ? "Nothing is" : "No " + thing + " is") + " known by this address: the link may be "
                + "mistyped, or older than what it named.";
    }
}
