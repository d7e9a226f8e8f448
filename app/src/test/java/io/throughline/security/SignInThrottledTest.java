package io.throughline.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The wait is said in whole minutes, rounded up, and sent in whole seconds, rounded up: never shorter than it is. */
class SignInThrottledTest {

    @ParameterizedTest
    @CsvSource({
            "299999, 300, 5 minutes",
            "60000, 60, 1 minute",
            "60001, 61, 2 minutes",
            "1, 1, 1 minute",
            "0, 1, 1 minute"})
    void theWaitIsRoundedUp(long millis, long seconds, String minutes) {
        SignInThrottled account = new SignInThrottled(SignInThrottle.Kind.ACCOUNT, Duration.ofMillis(millis));

        assertThat(account.retryAfterSeconds()).isEqualTo(seconds);
        assertThat(account.getMessage()).isEqualTo("Too many failed sign-ins for this account; try again in " + minutes);
        assertThat(new SignInThrottled(SignInThrottle.Kind.ADDRESS, Duration.ofMillis(millis)).getMessage())
                .isEqualTo("Too many failed sign-ins from this address; try again in " + minutes);
    }
}
