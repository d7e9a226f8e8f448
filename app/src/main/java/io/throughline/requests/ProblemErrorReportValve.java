package io.throughline.requests;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tomcat's own error page, for what it refuses before Spring sees the request at all, such as a URL whose
 * percent-encoding is no UTF-8: a problem for the API, Tomcat's plain page for everything else.
 */
class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (response.getStatus() < 400 || uri == null || !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        HttpStatus status = HttpStatus.resolve(response.getStatus());
        String reason = status == null ? "Error " + response.getStatus() : status.getReasonPhrase();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", reason);
        problem.put("status", response.getStatus());
        problem.put("detail", "refused before it reached the API: " + (response.getMessage() == null
                || response.getMessage().isBlank() ? reason.toLowerCase() : response.getMessage()));
        try {
            Writer writer = response.getReporter();
            if (writer != null) {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                writer.write(JSON.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response already started: there is nothing left to tell it.
        }
    }
}
