package io.throughline.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/**
 * The PostgreSQL that runs inside the service when no external one is configured.
 *
 * @param enabled       false to require an external PostgreSQL even without {@code spring.datasource.url}
 * @param dataDirectory where the database files live; kept across restarts
 * @param port          the port it listens on, on 127.0.0.1 only; 0 picks a free one
 * @param database      the database the service uses inside it
 */
@ConfigurationProperties("throughline.embedded-postgres")
public record EmbeddedPostgresProperties(boolean enabled, Path dataDirectory, int port, String database) {
}
