package io.throughline.storage;

import io.throughline.requests.Unavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

/**
 * A request that failed because PostgreSQL cannot be reached right now: stopped, restarting, or the pool waited
 * {@code spring.datasource.hikari.connection-timeout} for a connection in vain. It is answered 503 with
 * {@code Retry-After}, not 500: nothing is wrong with the request, and the service recovers by itself once the
 * database is back (the pool reconnects, the processors resume from their tokens).
 * <p>
 * A change whose connection broke while it committed may have been stored or not; nobody can tell. Sending it again
 * with the same {@code Idempotency-Key} applies it exactly once either way, and the answer says so.
 */
@Component
@EnableConfigurationProperties(DatabaseProperties.class)
public class DatabaseOutage {

    private static final String DETAIL = "The database cannot be reached for the moment; nothing was read, and a change "
            + "was most likely not stored. Send the request again after Retry-After seconds: with the same "
            + "Idempotency-Key a change is applied exactly once, however often it is sent.";
    private static final String HIKARI_CLOSED = "Connection is closed";
    /** Axon and Spring wrap the driver's failure in their own exceptions, some of them several times over. */
    private static final int DEPTH = 32;

    private final Duration retryAfter;
    private final Unavailable unavailable;

    DatabaseOutage(DatabaseProperties properties, Unavailable unavailable) {
        this.retryAfter = properties.retryAfter();
        this.unavailable = unavailable;
    }

    /**
     * Whether the failure, or anything it wraps, says the database is out of reach: the pool's timeout (Hikari's
     * {@link SQLTransientConnectionException}); a driver error of SQLSTATE class 08 (connection exception, such as a
     * refused or broken connection) or 57P01 to 57P03 (the server shutting down, crashed, or starting up); or Hikari's
     * "Connection is closed", without a SQLSTATE, when a request goes on using a connection that the pool closed as
     * broken a moment before (Axon reads the events after a failed snapshot read on the same connection).
     */
    public static boolean causedBy(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && lostConnection(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostConnection(SQLException failure) {
        String state = failure.getSQLState();
        return state == null ? HIKARI_CLOSED.equals(failure.getMessage())
                : state.startsWith("08") || state.matches("57P0[123]");
    }

    /** 503 with Retry-After: a problem+json body for the API, the error page for a browser. */
    public void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        unavailable.answer(request, response, "Database unavailable", DETAIL, retryAfter);
    }
}
