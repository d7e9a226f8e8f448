package io.throughline;

import io.throughline.roles.CommandRole;
import io.throughline.roles.EveryRole;
import io.throughline.roles.NudgeRole;
import io.throughline.roles.QueryRole;
import io.throughline.roles.UiRole;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * Throughline: the command side, the query side and the web pages, each brought in by its role
 * ({@code throughline.roles}, by default all three in one process) and scanned only where it runs.
 * <p>
 * Not {@code @SpringBootApplication}: its component scan of this package would take in every side whatever the
 * roles. Auto-configuration still uses this root package for entity and repository scanning, which so covers both
 * sides on every node; no {@code @EntityScan}, which would hide the entities Axon registers for its event store,
 * tokens, sagas and dead letters.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({EveryRole.class, CommandRole.class, QueryRole.class, NudgeRole.class, UiRole.class})
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
