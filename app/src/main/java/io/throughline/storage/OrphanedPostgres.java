package io.throughline.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a PostgreSQL that an earlier run of the service left running on the data directory. The embedded PostgreSQL
 * runs as a daemon of its own, stopped by the JVM's shutdown hook; a JVM killed with SIGKILL (or by the kernel's OOM
 * killer) runs no hook, and the PostgreSQL goes on holding the data directory and the port. The next start then gave
 * up after 10 s ("Gave up waiting for server to start"). Found by EmbeddedPostgresCrashTest.
 * <p>
 * Only a PostgreSQL no live service owns is stopped: a running service holds the lock on {@code epg-lock} in the data
 * directory (zonky takes it at start), and then nothing is touched here.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);
    /** Zonky's lock, held for as long as the service that started the PostgreSQL runs. */
    private static final String LOCK_FILE = "epg-lock";
    private static final long PATIENCE_SECONDS = 10;

    private OrphanedPostgres() {
    }

    static void stopIfAny(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock unowned = channel.tryLock()) {
            if (unowned != null) {
                postmasterOf(pidFile, dataDirectory).ifPresent(OrphanedPostgres::stop);
            }
        }
    }

    /** The live process the pid file names, if it is a postgres on this directory and not another that got its pid. */
    private static Optional<ProcessHandle> postmasterOf(Path pidFile, Path dataDirectory) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(process -> process.info().commandLine()
                .filter(command -> command.contains("postgres") && command.contains(dataDirectory.toString()))
                .isPresent());
    }

    /**
     * SIGTERM first: PostgreSQL's smart shutdown, done as soon as its clients are gone (the dead JVM's went with it).
     * If another client keeps it up, SIGKILL to it and its backends; the next start then recovers from the WAL.
     */
    private static void stop(ProcessHandle postmaster) {
        log.warn("Stopping the PostgreSQL (pid {}) that a previous run left running on the data directory: it did not "
                + "shut down (killed with SIGKILL?)", postmaster.pid());
        postmaster.destroy();
        if (!exited(postmaster)) {
            postmaster.descendants().forEach(ProcessHandle::destroyForcibly);
            postmaster.destroyForcibly();
            if (!exited(postmaster)) {
                throw new IllegalStateException("the PostgreSQL (pid " + postmaster.pid() + ") that a previous run "
                        + "left running does not stop; stop it, then start the service again");
            }
        }
    }

    private static boolean exited(ProcessHandle process) {
        try {
            process.onExit().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
