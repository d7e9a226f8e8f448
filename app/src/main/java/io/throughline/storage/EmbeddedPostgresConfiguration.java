package io.throughline.storage;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * Runs a real PostgreSQL inside the service, with its files in a persistent directory, so that a newcomer needs
 * nothing installed. Zonky ships the PostgreSQL binaries as a Maven artifact; as root it starts them inside
 * {@code unshare -U}, because PostgreSQL refuses to run as root.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresCondition.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) {
        EmbeddedPostgresBinaries.requireForThisMachine();
        Path dataDirectory = properties.dataDirectory().toAbsolutePath();
        try {
            Files.createDirectories(dataDirectory);
            OrphanedPostgres.stopIfAny(dataDirectory);
            EmbeddedPostgres postgres = start(dataDirectory, EmbeddedPostgresPort.choose(properties, dataDirectory));
            try {
                EmbeddedPostgresPort.verifyServes(postgres.getPort(), dataDirectory);
                EmbeddedPostgresPort.record(postgres.getPort(), dataDirectory);
                createDatabaseIfMissing(postgres, properties.database());
            } catch (IOException | SQLException | RuntimeException notReady) {
                postgres.close(); // which stops only a PostgreSQL on this data directory, never the one that answered
                throw notReady;
            }
            log.info("Embedded PostgreSQL is running on {} with its data in {}",
                    postgres.getJdbcUrl("postgres", properties.database()), dataDirectory);
            return postgres;
        } catch (EmbeddedPostgresPortTakenException alreadyExplained) {
            throw alreadyExplained;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new EmbeddedPostgresUnavailableException(dataDirectory, e);
        }
    }

    private static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", EmbeddedPostgresPort.LISTEN_ADDRESS)
                // Zonky tunes PostgreSQL for throw-away test databases (no fsync, asynchronous commit). This one
                // holds the event log: a command acknowledged must be on disk.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedPostgresProperties properties) {
        return DataSourceBuilder.create().type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", properties.database()))
                .username("postgres")
                .build();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) {
        JdbcTemplate admin = new JdbcTemplate(postgres.getPostgresDatabase());
        Integer existing = admin.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, database);
        if (existing == null || existing == 0) {
            admin.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
        }
    }
}
