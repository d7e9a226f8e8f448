package io.throughline.storage;

import java.nio.file.Path;

/** The embedded PostgreSQL could not start; {@link EmbeddedPostgresFailureAnalyzer} tells the user what to do. */
public class EmbeddedPostgresUnavailableException extends RuntimeException {

    private final transient Path dataDirectory;

    EmbeddedPostgresUnavailableException(Path dataDirectory, Throwable cause) {
        super("The embedded PostgreSQL could not start with its data in " + dataDirectory + ": " + cause, cause);
        this.dataDirectory = dataDirectory;
    }

    Path dataDirectory() {
        return dataDirectory;
    }
}
