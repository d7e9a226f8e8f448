package io.throughline.storage;

import io.throughline.ThroughlineApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When the embedded PostgreSQL cannot start, the service says so and how to use an external one instead. */
class EmbeddedPostgresFailureTest {

    @TempDir
    Path workDirectory;

    @Test
    void unusableDataDirectoryStopsTheServiceWithAnExplanation() throws IOException {
        Path notADirectory = Files.writeString(workDirectory.resolve("postgres"), "a file where the data should go");

        assertThatThrownBy(() -> new SpringApplicationBuilder(ThroughlineApplication.class).run(
                "--server.port=0", "--throughline.embedded-postgres.data-directory=" + notADirectory))
                .hasRootCauseInstanceOf(IOException.class)
                .satisfies(failure -> {
                    EmbeddedPostgresUnavailableException cause = causeOf(failure);
                    FailureAnalysis analysis = new EmbeddedPostgresFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getDescription()).contains(notADirectory.toString());
                    assertThat(analysis.getAction()).contains("--spring.profiles.active=postgres", "SPRING_DATASOURCE_URL", "unshare -U");
                    assertThat(cause.dataDirectory()).isEqualTo(notADirectory);
                });
    }

    private static EmbeddedPostgresUnavailableException causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedPostgresUnavailableException unavailable) {
                return unavailable;
            }
        }
        throw new AssertionError("no EmbeddedPostgresUnavailableException in " + failure);
    }
}
