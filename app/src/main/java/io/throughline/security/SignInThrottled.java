package io.throughline.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * A sign-in refused without checking its password: its account or its client address failed too often lately
 * ({@link SignInThrottle}). The API answers it 429 with Retry-After, the login form with this message.
 */
public class SignInThrottled extends AuthenticationException {

    private final SignInThrottle.Kind kind;
    private final Duration retryAfter;

    SignInThrottled(SignInThrottle.Kind kind, Duration retryAfter) {
        super(message(kind, seconds(retryAfter)));
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    /** "Too many failed sign-ins for this account; try again in 5 minutes": what the API and the login form say. */
    public static String message(SignInThrottle.Kind kind, long waitSeconds) {
        long minutes = Math.max(1, (waitSeconds + 59) / 60);
        return "Too many failed sign-ins " + (kind == SignInThrottle.Kind.ACCOUNT ? "for this account" : "from this address")
                + "; try again in " + (minutes == 1 ? "1 minute" : minutes + " minutes");
    }

    public SignInThrottle.Kind kind() {
        return kind;
    }

    /** Whole seconds, rounded up: a client that waits this long is not refused again for the same failures. */
    public long retryAfterSeconds() {
        return seconds(retryAfter);
    }

    private static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
