package io.throughline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;

/**
 * The service laid out as the Docker image runs it (Dockerfile): each module's classes in a jar, the runtime libraries
 * only (none of the tests' own), and a class-data archive written by a training start that only refreshes the
 * application context. Figures taken from it are those an operator of the image would see; figures taken from the
 * tests' class path would count the test libraries' classes and miss the archive.
 */
public final class ServiceImage {

    /** Written by the app module's build (pom.xml, execution {@code runtime-classpath}). */
    private static final Path RUNTIME_CLASS_PATH = Path.of("app", "target", "runtime.classpath");
    private static final Duration TRAINING_LIMIT = Duration.ofMinutes(3);

    private final String classPath;
    private final Path archive;

    private ServiceImage(String classPath, Path archive) {
        this.classPath = classPath;
        this.archive = archive;
    }

    /** Jars this build's classes into the directory, then makes the class-data archive there. */
    public static ServiceImage build(Path directory) throws IOException, InterruptedException {
        Path project = ServiceProcess.projectDirectory();
        List<String> entries = new ArrayList<>();
        entries.add(project.resolve("app/target/classes").toString());
        entries.addAll(List.of(Files.readString(project.resolve(RUNTIME_CLASS_PATH)).trim().split(":")));
        List<String> jars = new ArrayList<>();
        for (String entry : entries) {
            jars.add(Files.isDirectory(Path.of(entry)) ? jar(Path.of(entry), directory).toString() : entry);
        }
        ServiceImage image = new ServiceImage(String.join(":", jars), directory.resolve("throughline.jsa"));
        image.train(directory.resolve("training.log"));
        return image;
    }

    /** Launches the service from this layout with its class-data archive, as the image's entry point does. */
    public ServiceProcess launch(Path log, String... settings) throws IOException {
        return ServiceProcess.launch(log, classPath, List.of("-XX:SharedArchiveFile=" + archive), settings);
    }

    /** The Dockerfile's training start: no database, no migrations; the context refreshes and the JVM exits. */
    private void train(Path log) throws IOException, InterruptedException {
        Process training = ServiceProcess.java(classPath,
                List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off", "-Dspring.context.exit=onRefresh"),
                List.of("--spring.profiles.active=postgres", "--spring.flyway.enabled=false", "--logging.level.root=ERROR"),
                log);
        if (!training.waitFor(TRAINING_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            training.destroyForcibly();
            throw new IllegalStateException("the training start did not end within " + TRAINING_LIMIT + "; see " + log);
        }
        if (training.exitValue() != 0 || !Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training start wrote no class-data archive; see " + log);
        }
    }

    /** A module's class directory as a jar: class-data sharing archives classes from jars only. */
    private static Path jar(Path classes, Path directory) {
        Path jar = directory.resolve(classes.getParent().getParent().getFileName() + ".jar");
        ToolProvider tool = ToolProvider.findFirst("jar").orElseThrow(() -> new IllegalStateException("no jar tool"));
        if (tool.run(System.out, System.err, "--create", "--file", jar.toString(), "-C", classes.toString(), ".") != 0) {
            throw new UncheckedIOException(new IOException("could not jar " + classes));
        }
        return jar;
    }
}
