package io.throughline.support;

import org.awaitility.core.ThrowingRunnable;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Read models follow the event log asynchronously: assertions on them are retried until they hold. */
public final class Eventually {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private Eventually() {
    }

    public static void eventually(ThrowingRunnable assertion) {
        await().atMost(PATIENCE).ignoreExceptions().untilAsserted(assertion);
    }

    /** Reads until what is read satisfies the condition, and answers it. */
    public static <T> T eventually(Callable<T> read, Predicate<T> until) {
        return await().atMost(PATIENCE).ignoreExceptions().until(read, until);
    }
}
