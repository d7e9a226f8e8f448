package io.throughline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service in a JVM of its own, started as an operator starts it: the Dockerfile's JVM options, the default
 * profile, this build's classes. For what a test cannot see from inside one JVM: start-up from cold, a process killed.
 */
public final class ServiceProcess implements AutoCloseable {

    /** The Dockerfile's JAVA_TOOL_OPTIONS, read from the Dockerfile itself so that the two cannot drift apart. */
    public static final List<String> JVM_OPTIONS = List.of(dockerfileEnv("JAVA_TOOL_OPTIONS").split("\\s+"));
    /** The Dockerfile's MALLOC_ARENA_MAX: glibc's malloc arenas count in the memory its heap ceiling is sized for. */
    private static final String MALLOC_ARENA_MAX = dockerfileEnv("MALLOC_ARENA_MAX");

    private final Process process;
    private final int port;
    private final long launched;

    private ServiceProcess(Process process, int port, long launched) {
        this.process = process;
        this.port = port;
        this.launched = launched;
    }

    /** Launches the service on a free port with the tests' admin password and the settings given, its output to the log. */
    public static ServiceProcess launch(Path log, String... settings) throws IOException {
        return launch(log, System.getProperty("java.class.path"), List.of(), settings);
    }

    /** As {@link #launch(Path, String...)}, from the class path given and with JVM options beside the Dockerfile's. */
    public static ServiceProcess launch(Path log, String classPath, List<String> jvmOptions, String... settings)
            throws IOException {
        int port = freePort();
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port,
                "--throughline.admin-password=" + Api.ADMIN_PASSWORD, "--logging.level.root=WARN"));
        arguments.addAll(List.of(settings));
        long launched = System.nanoTime();
        return new ServiceProcess(java(classPath, jvmOptions, arguments, log), port, launched);
    }

    /** Starts {@code java} with the Dockerfile's options (and no inherited JAVA_TOOL_OPTIONS) on the service's main class. */
    static Process java(String classPath, List<String> jvmOptions, List<String> arguments, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, "io.throughline.ThroughlineApplication"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().put("MALLOC_ARENA_MAX", MALLOC_ARENA_MAX);
        return builder.start();
    }

    /** Waits until its health is UP; answers the seconds from launch. */
    public double awaitUp(Duration limit) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).build();
        while (System.nanoTime() - launched < limit.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + " before it was UP");
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return (System.nanoTime() - launched) / 1e9;
                }
            } catch (IOException notListeningYet) {
                // Tomcat opens its port late in the start-up.
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the service was not UP within " + limit);
    }

    public Api api() {
        return new Api(port);
    }

    public int port() {
        return port;
    }

    /** The JVM's process id: its memory and CPU time are in /proc/PID. */
    public long pid() {
        return process.pid();
    }

    /** SIGKILL, as the kernel's OOM killer or a pulled plug would end it: no shutdown hook runs. Answers the exit code. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** Stops it gracefully (SIGTERM) and waits for it to exit. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** What the Dockerfile sets NAME to ({@code ENV NAME=value} or {@code NAME="value"}). */
    private static String dockerfileEnv(String name) {
        Pattern env = Pattern.compile("^ENV " + name + "=(?:\"([^\"]*)\"|(\\S+))$", Pattern.MULTILINE);
        Path dockerfile = projectDirectory().resolve("Dockerfile");
        try {
            Matcher value = env.matcher(Files.readString(dockerfile));
            if (!value.find()) {
                throw new IllegalStateException(dockerfile + " sets no " + name);
            }
            return (value.group(1) != null ? value.group(1) : value.group(2)).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: the directory with the Dockerfile, from the working directory up. */
    static Path projectDirectory() {
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve("Dockerfile"))) {
                return directory;
            }
        }
        throw new IllegalStateException("no Dockerfile in " + Path.of("").toAbsolutePath() + " or above");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
