package io.throughline.requests;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors that never reached a controller, such as a URL the firewall refuses, end here ({@code /error}). For the API
 * they are answered as problems like every other refusal. A browser gets a page in the app's layout
 * (templates/error.html): a leader opening the auditors' page is told it is not for them; for a refusal (4xx) the page
 * says the reason its sender gave ({@code io.throughline.web.PageErrors} words them for people), never for a failure.
 */
class ApiErrorController extends BasicErrorController {

    ApiErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> views) {
        super(attributes, properties, views);
    }

    @Override
    protected ErrorAttributeOptions getErrorAttributeOptions(HttpServletRequest request, MediaType mediaType) {
        ErrorAttributeOptions options = super.getErrorAttributeOptions(request, mediaType);
        return MediaType.TEXT_HTML.equals(mediaType) && getStatus(request).is4xxClientError()
                ? options.including(ErrorAttributeOptions.Include.MESSAGE) : options;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (path == null || !path.toString().startsWith("/api/")) {
            return super.error(request);
        }
        HttpStatus status = getStatus(request);
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", message != null && !message.toString().isBlank() ? message.toString()
                : "refused before it reached the API: " + status.getReasonPhrase().toLowerCase());
        problem.put("instance", path.toString());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
