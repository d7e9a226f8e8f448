package io.throughline.storage;

import io.throughline.ThroughlineApplication;
import io.throughline.support.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two services on the embedded PostgreSQL from two folders of one machine, as two checkouts run them: the second starts
 * while the first runs and holds the port both are configured with. The second runs on its own data on another port,
 * or refuses when told to; never on the first one's database, where it used to run (issue 18).
 */
class TwoCheckoutsTest {

    @TempDir
    static Path folders;
    static int port;
    static Path firstData;
    static ConfigurableApplicationContext first;

    @BeforeAll
    static void startTheFirstCheckout() throws IOException {
        port = freePort();
        firstData = folders.resolve("first/data/postgres");
        first = start(firstData);
    }

    @AfterAll
    static void stopIt() {
        first.close();
    }

    @Test
    void theSecondCheckoutRunsOnItsOwnDataOnAnotherPortWhichItWritesDownAndKeeps() throws IOException {
        Path secondData = folders.resolve("second/data/postgres");
        Api onFirst = api(first);
        String firstCompany = onFirst.company("First Checkout", "fiona");
        try (ConfigurableApplicationContext second = start(secondData)) {
            Api onSecond = api(second);
            String secondCompany = onSecond.company("Second Checkout", "sam");

            System.out.printf("two checkouts, both configured for port %d: the first's PostgreSQL listens on %d with its "
                            + "data in %s, the second's on %d with its data in %s%n", port, portOf(first),
                    servedFrom(first), portOf(second), servedFrom(second));
            assertThat(Files.isSameFile(servedFrom(first), firstData)).as("the first on its own data").isTrue();
            assertThat(Files.isSameFile(servedFrom(second), secondData)).as("the second on its own data").isTrue();
            eventually(() -> {
                assertThat(teams(first)).containsExactly("First Checkout");
                assertThat(teams(second)).containsExactly("Second Checkout");
            });
            assertThat(onSecond.get("/api/teams/" + firstCompany).status()).isEqualTo(404);
            assertThat(onFirst.get("/api/teams/" + secondCompany).status()).isEqualTo(404);

            assertThat(Files.readString(firstData.resolve("PORT")).strip()).isEqualTo(Integer.toString(port));
            assertThat(Files.readString(secondData.resolve("PORT")).strip())
                    .isEqualTo(Integer.toString(portOf(second))).isNotEqualTo(Integer.toString(port));
            System.out.printf("two checkouts: teams on the first %s, on the second %s%n", teams(first), teams(second));
        }
        int secondPort = Integer.parseInt(Files.readString(secondData.resolve("PORT")).strip());
        try (ConfigurableApplicationContext restarted = start(secondData)) {
            assertThat(portOf(restarted)).as("analysts' psql keeps working: the port of its last start, while %d is "
                    + "taken", port).isEqualTo(secondPort);
            assertThat(teams(restarted)).containsExactly("Second Checkout");
        }
    }

    @Test
    void toldToRefuseTheSecondCheckoutStopsNamingThePortTheOtherDataDirectoryAndTheSetting() {
        Path secondData = folders.resolve("refusing/data/postgres");

        assertThatThrownBy(() -> start(secondData, "--throughline.embedded-postgres.when-port-taken=refuse"))
                .satisfies(failure -> {
                    FailureAnalysis analysis = new EmbeddedPostgresPortTakenFailureAnalyzer().analyze(failure);
                    assertThat(analysis).as("explained by the port's analyzer: %s", failure).isNotNull();
                    System.out.printf("two checkouts, the second told to refuse: %s%n    %s%n",
                            analysis.getDescription(), analysis.getAction());
                    assertThat(analysis.getDescription()).contains("Port " + port, firstData.toString(),
                            secondData.toString());
                    assertThat(analysis.getAction()).contains("throughline.embedded-postgres.port",
                            "throughline.embedded-postgres.when-port-taken=pick-free-port");
                });
        assertThat(secondData.resolve("postmaster.pid")).as("no PostgreSQL started for it").doesNotExist();
    }

    /** The check after the start, for when the port was taken between the check before it and PostgreSQL's bind. */
    @Test
    void aPostgresAnsweringOnThePortFromAnotherDataDirectoryIsRefused() {
        Path ours = folders.resolve("ours");

        assertThatThrownBy(() -> EmbeddedPostgresPort.verifyServes(port, ours))
                .isInstanceOf(EmbeddedPostgresPortTakenException.class)
                .hasMessageContaining("Port " + port)
                .hasMessageContaining(firstData.toString())
                .hasMessageContaining(ours.toString());
        assertThatCode(() -> EmbeddedPostgresPort.verifyServes(port, firstData)).doesNotThrowAnyException();
    }

    private static ConfigurableApplicationContext start(Path dataDirectory, String... moreSettings) {
        List<String> settings = new ArrayList<>(List.of("--server.port=0",
                "--throughline.embedded-postgres.data-directory=" + dataDirectory,
                "--throughline.embedded-postgres.port=" + port,
                "--throughline.admin-password=" + Api.ADMIN_PASSWORD));
        settings.addAll(List.of(moreSettings));
        return new SpringApplicationBuilder(ThroughlineApplication.class).run(settings.toArray(String[]::new));
    }

    private static Path servedFrom(ConfigurableApplicationContext service) {
        return Path.of(service.getBean(JdbcTemplate.class).queryForObject("show data_directory", String.class));
    }

    private static int portOf(ConfigurableApplicationContext service) {
        return service.getBean(EmbeddedPostgres.class).getPort();
    }

    private static List<String> teams(ConfigurableApplicationContext service) {
        return service.getBean(JdbcTemplate.class).queryForList("select name from team_view order by name", String.class);
    }

    private static Api api(ConfigurableApplicationContext service) {
        return new Api(((WebServerApplicationContext) service).getWebServer().getPort());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
