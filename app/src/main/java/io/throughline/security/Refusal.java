package io.throughline.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused account or token request, as problem+json naming the field at fault. */
final class Refusal {

    private Refusal() {
    }

    static ErrorResponseException of(HttpStatus status, String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, field == null ? message : field + ": " + message);
        if (field != null) {
            problem.setProperty("field", field);
        }
        return new ErrorResponseException(status, problem, null);
    }
}
