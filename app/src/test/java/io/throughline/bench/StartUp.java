package io.throughline.bench;

import io.throughline.support.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Start-up to healthy of the service in a JVM of its own, as an operator starts it: the Dockerfile's JVM options, the
 * default profile, the embedded PostgreSQL; the classes come from the build's directories, so the image's class-data
 * archive is not used. Twice on one data directory: the first start creates the database (initdb and every
 * migration), the second is a restart, the usual case. Measured in fresh processes because a second start inside an
 * already warm JVM would flatter it.
 */
final class StartUp {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private StartUp() {
    }

    static Map<String, Object> measure() throws Exception {
        Path data = Files.createTempDirectory("throughline-bench-startup");
        Map<String, Object> seconds = new LinkedHashMap<>();
        seconds.put("first_start_s", timeToHealthy(data));
        seconds.put("restart_s", timeToHealthy(data));
        return seconds;
    }

    /** Starts the service, waits for UP, stops it gracefully; answers the seconds from launch to UP. */
    private static double timeToHealthy(Path data) throws Exception {
        try (ServiceProcess service = ServiceProcess.launch(data.resolveSibling(data.getFileName() + ".log"),
                "--throughline.embedded-postgres.port=0", "--throughline.embedded-postgres.data-directory=" + data)) {
            return service.awaitUp(LIMIT);
        }
    }
}
