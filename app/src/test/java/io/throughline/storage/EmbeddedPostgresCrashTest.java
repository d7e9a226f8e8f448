package io.throughline.storage;

import io.throughline.support.ServiceProcess;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default setup, the embedded PostgreSQL, after the service is killed with SIGKILL: its PostgreSQL outlives it,
 * holding the data directory, and a restart on the same directory stops it and starts with the data intact.
 */
@Tag("reliability")
class EmbeddedPostgresCrashTest {

    private static final Duration START_LIMIT = Duration.ofMinutes(2);

    @TempDir
    Path directory;

    @Test
    void aRestartAfterSigkillTakesOverTheDataDirectoryFromThePostgresLeftRunning() throws Exception {
        Path data = directory.resolve("data");
        String[] settings = {"--throughline.embedded-postgres.data-directory=" + data,
                "--throughline.embedded-postgres.port=0"};
        ServiceProcess first = ServiceProcess.launch(directory.resolve("first.log"), settings);
        String team;
        int exitCode;
        try {
            first.awaitUp(START_LIMIT);
            team = first.api().company("Orphaned", "ozzy");
        } finally {
            exitCode = first.kill();
        }
        assertThat(exitCode).as("the exit code of a process ended by SIGKILL (128 + 9)").isEqualTo(137);
        ProcessHandle orphan = ProcessHandle.of(Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0)
                .strip())).orElseThrow();
        try {
            assertThat(orphan.isAlive()).as("the PostgreSQL outlived the service").isTrue();

            try (ServiceProcess second = ServiceProcess.launch(directory.resolve("second.log"), settings)) {
                double restart = second.awaitUp(START_LIMIT);

                assertThat(orphan.isAlive()).isFalse();
                // Acknowledged before the kill, the team may reach the read model only in the catch-up after UP.
                eventually(() -> assertThat(second.api().get("/api/teams/" + team).body().path("name").asText())
                        .isEqualTo("Orphaned"));
                System.out.printf(Locale.ROOT, "embedded PostgreSQL after SIGKILL: restart to UP %.1f s%n", restart);
            }
        } finally {
            orphan.destroy(); // should the restart have failed, not left running by the test either
        }
    }
}
