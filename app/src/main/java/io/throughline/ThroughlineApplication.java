package io.throughline;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Both sides of Throughline in one process: the command side, the query side and their wiring.
 * It sits in the root package so that entity and repository scanning covers both sides; no {@code @EntityScan},
 * which would hide the entities Axon registers for its event store, tokens, sagas and dead letters.
 */
@SpringBootApplication
public class ThroughlineApplication {

    private static final String UPDATE_CHECK_OFF = "axoniq.update-checker.disabled";

    // Axon checks for updates over the internet at start-up; the service must not phone home unasked. Done when the
    // class loads, so that every way of starting the service (main, tests, benchmarks) is covered.
    static {
        if (System.getProperty(UPDATE_CHECK_OFF) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECK_OFF, "true");
        }
    }

    public static void main(String[] args) {
        SpringApplication.run(ThroughlineApplication.class, args);
    }
}
