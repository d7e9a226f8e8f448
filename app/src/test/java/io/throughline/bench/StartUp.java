package io.throughline.bench;

import io.throughline.support.Api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up to healthy of the service in a JVM of its own, as an operator starts it: the Dockerfile's JVM options, the
 * default profile, the embedded PostgreSQL. Twice on one data directory: the first start creates the database
 * (initdb and every migration), the second is a restart, the usual case. Measured in fresh processes because a second
 * start inside an already warm JVM would flatter it.
 */
final class StartUp {

    /** The Dockerfile's JAVA_TOOL_OPTIONS. */
    static final List<String> JVM_OPTIONS = List.of("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError");

    private static final long TIMEOUT_NANOS = 180_000_000_000L;

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
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.throughline.ThroughlineApplication",
                "--server.port=" + port, "--throughline.embedded-postgres.port=0",
                "--throughline.embedded-postgres.data-directory=" + data,
                "--throughline.admin-password=" + Api.ADMIN_PASSWORD, "--logging.level.root=WARN"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolveSibling(data.getFileName() + ".log").toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        long start = System.nanoTime();
        Process service = builder.start();
        try {
            awaitUp(port, service, start);
            return (System.nanoTime() - start) / 1e9;
        } finally {
            service.destroy();
            service.waitFor();
        }
    }

    private static void awaitUp(int port, Process service, long start) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        while (System.nanoTime() - start < TIMEOUT_NANOS) {
            if (!service.isAlive()) {
                throw new IllegalStateException("the service exited with " + service.exitValue() + " before it was UP");
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Tomcat opens its port late in the start-up.
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the service was not UP within 3 minutes");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
