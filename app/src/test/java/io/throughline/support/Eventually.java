package io.throughline.support;

import org.awaitility.core.ThrowingRunnable;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Read models follow the event log asynchronously: assertions on them are retried until they hold. */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private Eventually() {
    }

    public static void eventually(ThrowingRunnable assertion) {
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(assertion);
    }
}
