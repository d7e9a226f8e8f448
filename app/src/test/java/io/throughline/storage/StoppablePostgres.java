package io.throughline.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * A PostgreSQL of the test's own that it can stop and start again on the same data and port, as an operator restarting
 * the database would; the shared test PostgreSQL is never stopped. Configured like the service's embedded one: every
 * acknowledged commit on disk.
 */
final class StoppablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    StoppablePostgres(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.port = freePort();
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    DataSource dataSource() {
        return running.getPostgresDatabase();
    }

    void start() {
        try {
            running = EmbeddedPostgres.builder().setDataDirectory(dataDirectory).setCleanDataDirectory(false)
                    .setPort(port).setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on " + dataDirectory, e);
        }
    }

    /** A fast shutdown: sessions are ended, open transactions rolled back, committed ones kept. */
    void stop() {
        try {
            running.close();
            running = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL", e);
        }
    }

    @Override
    public void close() {
        if (running != null) {
            stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
