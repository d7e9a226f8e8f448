package io.throughline.bench;

import io.throughline.support.ServiceImage;
import io.throughline.support.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Start-up to healthy of the service in a JVM of its own, as the image starts it ({@link ServiceImage}: the Dockerfile's
 * JVM options, its layout and class-data archive), on the default profile's embedded PostgreSQL. Twice on one data
 * directory: the first start creates the database (initdb and every migration), the second is a restart, the usual
 * case. Measured in fresh processes because a second start inside an already warm JVM would flatter it.
 */
final class StartUp {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private StartUp() {
    }

    static Map<String, Object> measure(ServiceImage image) throws Exception {
        Path data = Files.createTempDirectory("throughline-bench-startup");
        Map<String, Object> seconds = new LinkedHashMap<>();
        seconds.put("first_start_s", timeToHealthy(image, data));
        seconds.put("restart_s", timeToHealthy(image, data));
        return seconds;
    }

    /** Starts the service, waits for UP, stops it gracefully; answers the seconds from launch to UP. */
    private static double timeToHealthy(ServiceImage image, Path data) throws Exception {
        try (ServiceProcess service = image.launch(data.resolveSibling(data.getFileName() + ".log"),
                "--throughline.embedded-postgres.port=0", "--throughline.embedded-postgres.data-directory=" + data)) {
            return service.awaitUp(LIMIT);
        }
    }
}
