package io.throughline.roles;

import io.throughline.ThroughlineApplication;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import io.throughline.support.Api;
import io.throughline.support.PageSession;
import io.throughline.support.TestPostgres;
import org.axonframework.axonserver.connector.command.AxonServerCommandBus;
import org.axonframework.axonserver.connector.event.axon.AxonServerEventStore;
import org.axonframework.axonserver.connector.query.AxonServerQueryBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.NoHandlerForCommandException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Each role starts its own components and nothing of the others; every context here runs without an Axon Server.
 * Everything together (the default) is what every other integration test runs.
 */
class RolesTest {

    private static final String COMMAND_API = "POST /api/teams";
    private static final String QUERY_API = "GET /api/teams";
    private static final String REPLAY_API = "POST /api/admin/projections/{name}/replay";
    private static final String ACCOUNTS_API = "POST /api/admin/users";
    private static final String ADMIN_PAGE = "GET /admin";

    @Test
    void theCommandRoleHandlesCommandsAndRunsNoProjectionNorPage() {
        try (ConfigurableApplicationContext context = start("--throughline.roles=command")) {
            assertThat(context.getBean(Roles.class).running()).containsExactly(ServiceRole.COMMAND);
            assertThat(context.getBeanNamesForAnnotation(Aggregate.class)).contains("team", "priority", "metric", "plan");
            assertThat(commandHandled(context)).as("a command handler is subscribed").isTrue();

            assertThat(processors(context)).as("the accounts and the command side's directories, kept with the events")
                    .containsExactlyInAnyOrder("accounts", "command-directories");
            assertThat(queryHandled(context)).as("a query handler is subscribed").isFalse();
            assertThat(mappings(context)).contains(COMMAND_API, ACCOUNTS_API)
                    .doesNotContain(QUERY_API, REPLAY_API, ADMIN_PAGE);
            assertThat(pages(context)).isEmpty();
        }
    }

    @Test
    void theQueryRoleRunsTheProjectionsAndAnswersQueriesButHandlesNoCommand() {
        try (ConfigurableApplicationContext context = start("--throughline.roles=query")) {
            assertThat(processors(context)).containsExactlyInAnyOrder("dashboard", "audit", "insights", "integrity",
                    "nudges", "notices");
            assertThat(queryHandled(context)).isTrue();
            assertThat(mappings(context)).contains(QUERY_API, REPLAY_API, ACCOUNTS_API)
                    .doesNotContain(COMMAND_API, ADMIN_PAGE);

            assertThat(context.getBeanNamesForAnnotation(Aggregate.class)).isEmpty();
            assertThat(commandHandled(context)).isFalse();
            assertThat(pages(context)).isEmpty();
        }
    }

    /**
     * The web pages alone, through the axonserver profile, pointed at a port where no Axon Server listens: the
     * context is configured and starts (the connector keeps trying in the background), with Axon Server's buses and
     * event store, and the tokens and read models still in PostgreSQL. Nothing here sends a message.
     */
    @Test
    void theUiRoleServesThePagesOnlyAndUnderAxonServerKeepsTokensAndReadModelsInPostgres() throws Exception {
        String database = TestPostgres.newDatabase();
        // The first administrator is registered where commands are handled: here, by a command node started before.
        startOn(database, "--throughline.roles=command").close();
        try (ConfigurableApplicationContext context = startOn(database, "--throughline.roles=ui",
                "--spring.profiles.active=axonserver", "--AXON_SERVER=localhost:" + closedPort())) {
            assertThat(context.getBean(CommandBus.class)).isInstanceOf(AxonServerCommandBus.class);
            assertThat(context.getBean(QueryBus.class)).isInstanceOf(AxonServerQueryBus.class);
            assertThat(context.getBean(EventStore.class)).isInstanceOf(AxonServerEventStore.class);
            assertThat(context.getBean(TokenStore.class)).isInstanceOf(JpaTokenStore.class);
            assertThat(context.getBean(JdbcTemplate.class).queryForObject("select count(*) from team_view", Long.class))
                    .as("the read models' tables are in PostgreSQL").isZero();

            assertThat(pages(context)).contains("AdminPage", "DashboardPage", "TeamPage", "AuditorsPage", "LoginPage");
            assertThat(mappings(context)).contains(ADMIN_PAGE, ACCOUNTS_API)
                    .doesNotContain(COMMAND_API, QUERY_API, REPLAY_API);
            assertThat(context.getBeanNamesForAnnotation(Aggregate.class)).isEmpty();
            assertThat(processors(context)).isEmpty();

            HttpResponse<String> admin = PageSession.admin(port(context)).get("/admin");
            assertThat(admin.statusCode()).isEqualTo(200);
            assertThat(admin.body()).contains("id=\"projections-elsewhere\"", "id=\"accounts\"", "id=\"nudges-unreachable\"")
                    .doesNotContain("id=\"projections\"");
        }
    }

    /** Axon Server keeps no dead letters: under it the projections still park theirs in PostgreSQL. */
    @Test
    void theQueryRoleUnderAxonServerParksDeadLettersInPostgres() throws Exception {
        try (ConfigurableApplicationContext context = start("--throughline.roles=query", "--spring.profiles.active=axonserver",
                "--AXON_SERVER=localhost:" + closedPort())) {
            EventProcessingConfiguration processing = context.getBean(EventProcessingConfiguration.class);
            assertThat(processing.deadLetterQueue("dashboard")).containsInstanceOf(JpaSequencedDeadLetterQueue.class);
            assertThat(processing.deadLetterQueue("audit")).containsInstanceOf(JpaSequencedDeadLetterQueue.class);
            assertThat(processing.deadLetterQueue("integrity")).as("the hash chain stops at a failure instead").isEmpty();
        }
    }

    @Test
    void anUnknownRoleIsRefusedAtStartUpNamingTheRoles() {
        Throwable failure = catchThrowable(() -> start("--throughline.roles=command, reports"));

        assertThat(failure).hasRootCauseInstanceOf(RolesException.class).rootCause().hasMessage(
                "throughline.roles names 'reports', which is not a role: the roles are command, query and ui, "
                        + "in any combination (default: all three)");
        assertThat(new RolesFailureAnalyzer().analyze(failure).getAction()).contains("THROUGHLINE_ROLES");
    }

    @Test
    void pagesWithoutTheCommandAndQueryRolesAreRefusedWithoutAxonServer() {
        assertThatThrownBy(() -> start("--throughline.roles=ui,query"))
                .hasRootCauseInstanceOf(RolesException.class)
                .rootCause().hasMessageStartingWith("throughline.roles=query,ui runs the web pages without the command "
                        + "role, and without Axon Server (axon.axonserver.enabled=false) commands and queries are "
                        + "handled only in the process that sends them");
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        return startOn(TestPostgres.newDatabase(), arguments);
    }

    private static ConfigurableApplicationContext startOn(String database, String... arguments) {
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=postgres",
                "--throughline.embedded-postgres.enabled=false",
                "--throughline.admin-password=" + Api.ADMIN_PASSWORD));
        all.addAll(Arrays.asList(arguments));
        return new SpringApplicationBuilder(ThroughlineApplication.class).run(all.toArray(String[]::new));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Whether the command bus has a handler for RegisterTeam: refused or not, it is not "no handler". */
    private static boolean commandHandled(ConfigurableApplicationContext context) {
        context.getBean(CommandBus.class);
        Throwable outcome = catchThrowable(() -> context.getBean(CommandGateway.class)
                .sendAndWait(new RegisterTeam(new TeamId(UUID.randomUUID().toString()), "Probe", null)));
        return !(outcome instanceof NoHandlerForCommandException);
    }

    private static boolean queryHandled(ConfigurableApplicationContext context) {
        Throwable outcome = catchThrowable(() -> context.getBean(QueryGateway.class)
                .query(new ListTeams(), ResponseTypes.multipleInstancesOf(TeamView.class)).join());
        assertThat(outcome).as("queries either answer or find no handler")
                .satisfiesAnyOf(none -> assertThat(none).isNull(),
                        thrown -> assertThat(thrown).isInstanceOf(CompletionException.class)
                                .hasCauseInstanceOf(NoHandlerForQueryException.class));
        return outcome == null;
    }

    private static Set<String> processors(ConfigurableApplicationContext context) {
        return context.getBean(EventProcessingConfiguration.class).eventProcessors().keySet();
    }

    /** "METHOD /path" of every handler method of the MVC controllers. */
    private static Set<String> mappings(ConfigurableApplicationContext context) {
        Set<String> mappings = new TreeSet<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class).getHandlerMethods()
                .keySet().forEach(info -> info.getPatternValues().forEach(path -> {
                    if (info.getMethodsCondition().getMethods().isEmpty()) {
                        mappings.add("ANY " + path);
                    }
                    info.getMethodsCondition().getMethods().forEach(method -> mappings.add(method + " " + path));
                }));
        return mappings;
    }

    /** The web pages' controllers. */
    static Set<String> pages(ConfigurableApplicationContext context) {
        Set<String> pages = new TreeSet<>();
        context.getBeansWithAnnotation(Controller.class).values().stream().map(AopUtils::getTargetClass)
                .filter(type -> type.getPackageName().equals("io.throughline.web"))
                .forEach(type -> pages.add(type.getSimpleName()));
        return pages;
    }
}
