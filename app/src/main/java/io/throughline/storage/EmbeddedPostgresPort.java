package io.throughline.storage;

import io.throughline.storage.EmbeddedPostgresProperties.WhenPortTaken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The port the embedded PostgreSQL listens on, and the check that the server answering there is the one with this
 * service's data.
 * <p>
 * Zonky does not look at whether {@code pg_ctl start} succeeded: it waits until some PostgreSQL on the port answers
 * {@code SELECT 1} as the user {@code postgres}, which every embedded PostgreSQL allows without a password. When a second
 * checkout's service started beside a running one, its PostgreSQL could not bind port 15432 and exited, the first
 * one's answered in its place, and the second service ran on the first one's database, creating its administrator
 * there. Hence the port is checked before the start and the server's data directory after it.
 */
final class EmbeddedPostgresPort {

    /** In the data directory: the port of the current (or the last) start, for analysts' psql. */
    static final String PORT_FILE = "PORT";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresPort.class);
    /** The only address the embedded PostgreSQL listens on (listen_addresses). */
    static final String LISTEN_ADDRESS = "127.0.0.1";
    private static final int PATIENCE_SECONDS = 3;

    private EmbeddedPostgresPort() {
    }

    /**
     * The configured port if it is free (0: zonky picks one). If another program holds it, by
     * {@code when-port-taken}: refuse, or take the port of the last start again (so that analysts' psql keeps working
     * while the other service runs) or else any free port, and say so loudly.
     */
    static int choose(EmbeddedPostgresProperties properties, Path dataDirectory) throws IOException {
        int wanted = properties.port();
        if (wanted == 0 || isFree(wanted)) {
            return wanted;
        }
        String holder = holderOf(wanted);
        if (properties.whenPortTaken() == WhenPortTaken.REFUSE) {
            throw EmbeddedPostgresPortTakenException.refused(wanted, dataDirectory, holder);
        }
        Optional<Integer> last = lastPort(dataDirectory).filter(port -> port != wanted && isFree(port));
        int instead = last.isPresent() ? last.get() : freePort();
        log.warn("""

                ****************************************************************************************************
                Port {} is taken by {}.
                This service's embedded PostgreSQL (data in {}) listens on port {} instead;
                the port is written to {}. Set throughline.embedded-postgres.port to choose one.
                ****************************************************************************************************""",
                wanted, holder, dataDirectory, instead, dataDirectory.resolve(PORT_FILE));
        return instead;
    }

    /** Refuses to go on unless the PostgreSQL answering on the port is the one with its data in the data directory. */
    static void verifyServes(int port, Path dataDirectory) throws SQLException {
        Path served = Path.of(dataDirectoryOn(port));
        if (!sameDirectory(served, dataDirectory)) {
            throw EmbeddedPostgresPortTakenException.answeredByAnother(port, dataDirectory, served);
        }
    }

    static void record(int port, Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve(PORT_FILE), port + System.lineSeparator());
    }

    private static String holderOf(int port) {
        try {
            return "the PostgreSQL with its data in " + dataDirectoryOn(port);
        } catch (SQLException notAsked) {
            return "a program that did not answer as PostgreSQL's user postgres (" + notAsked.getMessage() + ")";
        }
    }

    private static String dataDirectoryOn(int port) throws SQLException {
        String url = "jdbc:postgresql://localhost:%d/postgres?user=postgres&connectTimeout=%d&loginTimeout=%d&socketTimeout=%d"
                .formatted(port, PATIENCE_SECONDS, PATIENCE_SECONDS, PATIENCE_SECONDS);
        try (Connection connection = DriverManager.getConnection(url);
             Statement show = connection.createStatement();
             ResultSet answer = show.executeQuery("show data_directory")) {
            answer.next();
            return answer.getString(1);
        }
    }

    private static boolean sameDirectory(Path served, Path dataDirectory) {
        try {
            return Files.isSameFile(served, dataDirectory);
        } catch (IOException notReadable) {
            return false;
        }
    }

    private static Optional<Integer> lastPort(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(PORT_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String recorded = Files.readString(file).strip();
        return recorded.matches("\\d{1,5}") ? Optional.of(Integer.parseInt(recorded)).filter(port -> port <= 65535)
                : Optional.empty();
    }

    private static boolean isFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(LISTEN_ADDRESS), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName(LISTEN_ADDRESS))) {
            return probe.getLocalPort();
        }
    }
}
