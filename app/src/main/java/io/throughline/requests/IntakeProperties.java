package io.throughline.requests;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How fast the service takes in changes ({@link CommandIntake}).
 *
 * @param concurrentChanges requests that change something (POST, PUT, PATCH, DELETE) served at once; the rest wait
 *                          their turn. 0 (the default) means twice the processors the JVM sees: more only compete
 *                          for the same cores, with each other and with the projections.
 * @param queueTimeout      how long a change waits for its turn before it is answered 503 with Retry-After
 * @param maxBacklog        events the dashboard's processor may be behind the head of the log before a change waits
 *                          for it to catch up: how stale the pages may get under load
 * @param maxWait           the longest a change waits for the processor to catch up; then it goes ahead anyway, so
 *                          that a slow or stuck projection slows changes down but never stops them
 * @param retryAfter        what a change answered 503 is told to wait before it is sent again
 */
@ConfigurationProperties("throughline.intake")
public record IntakeProperties(@DefaultValue("0") int concurrentChanges, @DefaultValue("10s") Duration queueTimeout,
                               @DefaultValue("100") long maxBacklog, @DefaultValue("2s") Duration maxWait,
                               @DefaultValue("1s") Duration retryAfter) {

    /** The changes served at once. */
    int permits() {
        return concurrentChanges > 0 ? concurrentChanges : 2 * Runtime.getRuntime().availableProcessors();
    }
}
