package io.throughline.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.support.Api;
import io.throughline.support.OrganisationHistory;
import io.throughline.support.ThroughlineIntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/admin/consistency: every read model against a fresh fold of the event log. */
@ThroughlineIntegrationTest
class ConsistencyCheckTest {

    private static final List<String> PROCESSORS = List.of("audit", "dashboard", "insights", "integrity", "nudges");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    EntityManagerFactory persistence;
    @Autowired
    EventStore log;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void afterAMixOfCommandsEveryReadModelEqualsAFoldOfTheLogAndTheCheckChangesNothing() {
        Api admin = new Api(port);
        OrganisationHistory.touchingEveryReadModel(admin, "cora", "cody", "cleo");
        long head = caughtUp(admin);
        List<String> before = everyReadModelRow();

        // A processor for which the last events were none of its own (nudges) stores its token at its next claim
        // update, a few seconds on: the check reads stored tokens, so it is asked again until each has reached the head.
        AtomicReference<JsonNode> checked = new AtomicReference<>();
        eventually(() -> {
            checked.set(check(admin));
            assertThat(processors(checked.get())).allSatisfy(processor ->
                    assertThat(processor.get("position").asLong()).isEqualTo(head));
        });
        JsonNode report = checked.get();

        assertThat(report.get("consistent").asBoolean()).as(report.toPrettyString()).isTrue();
        assertThat(report.get("durationMillis").asLong()).isNotNegative();
        assertThat(processors(report)).extracting(processor -> processor.get("name").asText()).isEqualTo(PROCESSORS);
        assertThat(processors(report)).allSatisfy(processor -> {
            assertThat(processor.get("verdict").asText()).isEqualTo("CONSISTENT");
            assertThat(processor.get("position").asLong()).isEqualTo(head);
            assertThat(processor.get("events").asLong()).isPositive();
        });
        assertThat(tables(report)).allSatisfy(table -> {
            assertThat(table.get("foldRows").asLong()).as(table.toString()).isPositive();
            assertThat(table.get("foldRows").asLong()).isEqualTo(table.get("readModelRows").asLong());
        });
        assertThat(everyReadModelRow()).as("the check wrote into no read model").isEqualTo(before);
    }

    @Test
    void aCorruptedRowIsReportedAsExactlyThatTableAndRow() {
        Api admin = new Api(port);
        String team = admin.company("Corrupted", "cyril");
        String priority = admin.as("cyril").create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4",
                "title", "Stay true to the log", "ownerId", "cyril"));
        caughtUp(admin);

        sql.update("update priority_view set title = 'Edited behind the log' where priority_id = ?", priority);
        JsonNode report;
        try {
            report = check(admin);
        } finally {
            sql.update("update priority_view set title = 'Stay true to the log' where priority_id = ?", priority);
        }

        assertThat(report.get("consistent").asBoolean()).isFalse();
        assertThat(processors(report)).extracting(processor -> processor.get("verdict").asText())
                .containsExactly("CONSISTENT", "DIFFERENT", "CONSISTENT", "CONSISTENT", "CONSISTENT");
        JsonNode different = tables(report).filter(table -> table.get("onlyInFold").asLong() > 0
                || table.get("onlyInReadModel").asLong() > 0).reduce((one, other) -> {
                    throw new AssertionError("more than one table differs: " + one + ", " + other);
                }).orElseThrow();
        assertThat(different.get("table").asText()).isEqualTo("priority_view");
        assertThat(different.get("onlyInFold").asLong()).isEqualTo(1);
        assertThat(different.get("onlyInReadModel").asLong()).isEqualTo(1);
        assertThat(different.get("sampleKeysOnlyInFold")).hasSize(1);
        assertThat(different.get("sampleKeysOnlyInFold").get(0).asText()).isEqualTo("priority_id=" + priority);
        assertThat(different.get("sampleKeysOnlyInReadModel").get(0).asText()).isEqualTo("priority_id=" + priority);
        assertThat(check(admin).get("consistent").asBoolean()).as("restored").isTrue();
    }

    /**
     * An event that took its place in the log before others but committed after them is a gap in the processors'
     * tokens until they read it: it is in the log, not yet in the read models, and not expected there.
     */
    @Test
    void anEventTheProcessorsHaveNotReadYetIsNotExpectedInTheirReadModels() throws Exception {
        Api admin = new Api(port);
        String early = UUID.randomUUID().toString();
        CompletableFuture<Void> appended = new CompletableFuture<>();
        CompletableFuture<Void> commit = new CompletableFuture<>();
        Thread slowTransaction = new Thread(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.publish(registered(early, "Committed while nobody reads"));
            appended.complete(null);
            commit.orTimeout(10, TimeUnit.SECONDS).join();
        }));
        slowTransaction.start();
        appended.get(10, TimeUnit.SECONDS);
        log.publish(registered(UUID.randomUUID().toString(), "Committed at once"));
        caughtUp(admin);
        List<StreamingEventProcessor> processors = PROCESSORS.stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow()).toList();
        JsonNode report;
        try {
            processors.forEach(StreamingEventProcessor::shutDown);
            commit.complete(null);
            slowTransaction.join();
            report = check(admin);
        } finally {
            processors.forEach(StreamingEventProcessor::start);
        }

        long earlyPosition = sql.queryForObject("select global_index from domain_event_entry where aggregate_identifier = ?",
                Long.class, early);
        assertThat(report.get("consistent").asBoolean()).as(report.toPrettyString()).isTrue();
        assertThat(processors(report)).allSatisfy(processor ->
                assertThat(processor.get("gaps")).extracting(JsonNode::asLong).contains(earlyPosition));
        caughtUp(admin);
        JsonNode read = check(admin);
        assertThat(read.get("consistent").asBoolean()).as(read.toPrettyString()).isTrue();
        assertThat(processors(read)).allSatisfy(processor ->
                assertThat(processor.get("gaps")).extracting(JsonNode::asLong).doesNotContain(earlyPosition));
    }

    @Test
    void everyReadModelTableIsCheckedWithItsProjection() {
        List<String> checked = tables(check(new Api(port))).map(table -> table.get("table").asText()).toList();

        assertThat(readModels()).hasSizeGreaterThan(10);
        assertThat(checked).as("each read model's projection names it in @ReadModelTables, once")
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(readModels());
    }

    @Test
    void onlyAdministratorsMayCheck() {
        Api admin = new Api(port);
        assertThat(admin.as("cyd").get("/api/admin/consistency").status()).isEqualTo(403);
        assertThat(admin.anonymous().get("/api/admin/consistency").status()).isEqualTo(401);
    }

    private static GenericDomainEventMessage<TeamRegistered> registered(String team, String name) {
        return new GenericDomainEventMessage<>("Team", team, 0, new TeamRegistered(new TeamId(team), name, null),
                MetaData.with(AuditMetadata.ACTOR, "cyril"));
    }

    private static JsonNode check(Api admin) {
        Api.Response report = admin.get("/api/admin/consistency");
        assertThat(report.status()).as(report.body().toString()).isEqualTo(200);
        return report.body();
    }

    /** Waits until every projection is live at the head of the log; answers the head. */
    private long caughtUp(Api admin) {
        long head = sql.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        eventually(() -> assertThat(admin.get("/api/admin/projections").body()).allSatisfy(projection -> {
            assertThat(projection.get("status").asText()).isEqualTo("LIVE");
            assertThat(projection.get("position").asLong()).isEqualTo(head);
        }));
        return head;
    }

    /** The tables of the query side's entities: the read models. */
    private List<String> readModels() {
        return persistence.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(type -> type.getPackageName().startsWith("io.throughline.query"))
                .map(type -> type.getAnnotation(Table.class)).filter(Objects::nonNull).map(Table::name).toList();
    }

    private List<String> everyReadModelRow() {
        return readModels().stream().flatMap(table -> sql.queryForList(
                "select to_jsonb(t)::text from " + table + " t order by 1", String.class).stream()).toList();
    }

    private static List<JsonNode> processors(JsonNode report) {
        return StreamSupport.stream(report.get("processors").spliterator(), false).toList();
    }

    private static Stream<JsonNode> tables(JsonNode report) {
        return processors(report).stream()
                .flatMap(processor -> StreamSupport.stream(processor.get("tables").spliterator(), false));
    }
}
