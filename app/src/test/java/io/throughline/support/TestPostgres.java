package io.throughline.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/** One real PostgreSQL per test JVM, started on first use; every caller gets a database of its own. */
public final class TestPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** Creates an empty database and returns its JDBC URL (user {@code postgres}, no password). */
    public static String newDatabase() {
        EmbeddedPostgres postgres = server();
        String name = "test_" + DATABASES.incrementAndGet();
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("create database " + name);
        return postgres.getJdbcUrl("postgres", name);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // Each test context keeps a pool of its own open (up to 40 connections, application.yml) while Spring
                // caches it: the default 100 runs out once a few contexts with their own settings are alive, and 400
                // once the bench's smoke test starts the service alone beside them (bench.ServiceAlone).
                server = EmbeddedPostgres.builder().setServerConfig("max_connections", "800").start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL for tests", e);
            }
        }
        return server;
    }
}
