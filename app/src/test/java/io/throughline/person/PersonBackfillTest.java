package io.throughline.person;

import io.throughline.support.Api;
import io.throughline.support.StartedService;
import io.throughline.support.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database from before people were in the event log (migrations up to V16, accounts only in {@code users}): started,
 * its accounts are registered in the log by the service, with their roles and disabled state, and still sign in.
 */
class PersonBackfillTest {

    @Test
    void accountsFromBeforeAreRegisteredInTheLogOnceAndStillSignIn() {
        String database = TestPostgres.newDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(database, "postgres", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("16").load().migrate();
        JdbcTemplate sql = new JdbcTemplate(dataSource);
        account(sql, "admin", "Administrator", true, "ADMIN");
        account(sql, "olga", "Olga Ivanova", true, "LEADER", "AUDITOR");
        account(sql, "dimitri", "Dimitri", false, "LEADER");

        try (ConfigurableApplicationContext service = StartedService.on(database)) {
            Api admin = new Api(StartedService.port(service));
            assertThat(registrations(sql)).containsExactly(
                    "admin PersonRegistered", "admin RoleGranted",
                    "dimitri PersonRegistered", "dimitri RoleGranted", "dimitri AccountDisabled",
                    "olga PersonRegistered", "olga RoleGranted", "olga RoleGranted");
            assertThat(sql.queryForList("select convert_from(meta_data, 'UTF8') from domain_event_entry", String.class))
                    .allSatisfy(metadata -> assertThat(metadata).contains("\"actor\":\"system\""));
            assertThat(sql.queryForObject("select count(*) from person_backfill", Integer.class)).isZero();

            assertThat(admin.as("olga").get("/api/teams").status()).as("olga still signs in").isEqualTo(200);
            assertThat(admin.get("/api/admin/users/olga").body().get("roles").toString()).contains("AUDITOR", "LEADER");
            assertThat(admin.get("/api/admin/users/dimitri").body().get("enabled").asBoolean()).isFalse();
            String team = admin.create("/api/teams", Map.of("name", "Backfilled Inc"));
            assertThat(admin.send("PUT", "/api/teams/" + team + "/lead", Map.of("personId", "olga")).status()).isEqualTo(204);
            assertThat(admin.send("PUT", "/api/teams/" + team + "/lead", Map.of("personId", "dimitri")).status())
                    .as("disabled before, disabled now").isEqualTo(422);
        }
        int events = sql.queryForObject("select count(*) from domain_event_entry", Integer.class);
        try (ConfigurableApplicationContext again = StartedService.on(database)) {
            assertThat(sql.queryForObject("select count(*) from domain_event_entry", Integer.class))
                    .as("registered once, not at every start").isEqualTo(events);
        }
    }

    private static void account(JdbcTemplate sql, String username, String displayName, boolean enabled, String... roles) {
        sql.update("insert into users (username, password, enabled, display_name) values (?, ?, ?, ?)", username,
                new BCryptPasswordEncoder().encode(username.equals("admin") ? Api.ADMIN_PASSWORD : Api.passwordOf(username)),
                enabled, displayName);
        for (String role : roles) {
            sql.update("insert into authorities (username, authority) values (?, ?)", username, "ROLE_" + role);
        }
    }

    private static List<String> registrations(JdbcTemplate sql) {
        return sql.queryForList("select aggregate_identifier || ' ' || regexp_replace(payload_type, '.*[.]', '') "
                + "from domain_event_entry where type = 'Person' order by aggregate_identifier, sequence_number", String.class);
    }
}
