package io.throughline.storage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;

/**
 * Answers 503 with Retry-After ({@link DatabaseOutage}) for a command, query or page that failed for want of the
 * database, before Spring's own resolvers see the failure. They must not: Spring's DefaultHandlerExceptionResolver
 * takes a "Broken pipe" anywhere in a failure's causes for an HTTP client that went away, and leaves the response
 * as it is, an empty 200; PostgreSQL closing its socket is a broken pipe too. A change that was not stored was then
 * acknowledged (DatabaseOutageTest found it).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after Boot's DefaultErrorAttributes, which only records the failure
class DatabaseOutageResolver implements HandlerExceptionResolver {

    private final DatabaseOutage outage;

    DatabaseOutageResolver(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (!DatabaseOutage.causedBy(failure)) {
            return null;
        }
        try {
            outage.answer(request, response);
            return new ModelAndView();
        } catch (IOException unanswered) {
            return null;
        }
    }
}
