package io.throughline.storage;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Answers 503 with Retry-After ({@link DatabaseOutage}) for a request that failed for want of the database outside the
 * controllers, which {@link DatabaseOutageResolver} covers: in Spring Security's filters, which rethrow a failed
 * lookup of a personal access token instead of answering it.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final DatabaseOutage outage;

    DatabaseOutageFilter(DatabaseOutage outage) {
        this.outage = outage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.causedBy(failure) || response.isCommitted()) {
                throw failure;
            }
            response.resetBuffer();
            outage.answer(request, response);
        }
    }
}
