package io.throughline.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The PostgreSQL that runs inside the service when no external one is configured.
 *
 * @param enabled        false to require an external PostgreSQL even without {@code spring.datasource.url}
 * @param dataDirectory  where the database files live; kept across restarts
 * @param port           the port it listens on, on 127.0.0.1 only; 0 picks a free one
 * @param whenPortTaken  what to do when another program already listens on that port
 * @param database       the database the service uses inside it
 */
@ConfigurationProperties("throughline.embedded-postgres")
public record EmbeddedPostgresProperties(boolean enabled, Path dataDirectory, int port, WhenPortTaken whenPortTaken,
                                         String database) {

    public enum WhenPortTaken {
        /** Listen on a free port instead, logged and written to {@code PORT} in the data directory. */
        PICK_FREE_PORT,
        /** Stop, naming the port, the data directory of the PostgreSQL that holds it and the setting to change. */
        REFUSE
    }
}
