package io.throughline.storage;

import java.nio.file.Path;

/**
 * The embedded PostgreSQL's port is held by another program, and the service must not run on another PostgreSQL's
 * data; {@link EmbeddedPostgresPortTakenFailureAnalyzer} says which setting to change.
 */
public class EmbeddedPostgresPortTakenException extends RuntimeException {

    private final int port;
    private final transient Path dataDirectory;

    private EmbeddedPostgresPortTakenException(String message, int port, Path dataDirectory) {
        super(message);
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    static EmbeddedPostgresPortTakenException refused(int port, Path dataDirectory, String holder) {
        return new EmbeddedPostgresPortTakenException("Port " + port + " is taken by " + holder + ". The embedded "
                + "PostgreSQL of this service (data in " + dataDirectory + ") was told not to pick another port "
                + "(throughline.embedded-postgres.when-port-taken=refuse).", port, dataDirectory);
    }

    static EmbeddedPostgresPortTakenException answeredByAnother(int port, Path dataDirectory, Path served) {
        return new EmbeddedPostgresPortTakenException("Port " + port + " is answered by the PostgreSQL with its data "
                + "in " + served + ", not by the one started on " + dataDirectory + ", which could not take the port. "
                + "The service does not run on another PostgreSQL's data.", port, dataDirectory);
    }

    int port() {
        return port;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
