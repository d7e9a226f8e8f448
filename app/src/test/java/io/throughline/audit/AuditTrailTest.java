package io.throughline.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.throughline.kernel.audit.AuditFilter;
import io.throughline.kernel.audit.AuditPage;
import io.throughline.kernel.audit.SearchAudit;
import io.throughline.kernel.team.TeamId;
import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** The organisation's audit log as auditors read it: filtered, paged without shifting, and exported as CSV. */
@ThroughlineIntegrationTest
class AuditTrailTest {

    static final String AWKWARD_REASON = "Merged into \"Grow ARR\", see the plan;\nsecond line";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    QueryGateway queries;

    Api auditor;
    Api maria;
    String sales;
    String teamPriority;

    @BeforeEach
    void history() {
        Api admin = new Api(port);
        String company = admin.company("Audited Inc", "maria");
        maria = admin.as("maria");
        admin.people("dana");
        // Before the history: creating an account is in the log too.
        auditor = admin.as("ada", "AUDITOR");
        sales = maria.create("/api/teams", Map.of("name", "Audited Sales", "parentTeamId", company));
        assertThat(maria.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "dana")).status()).isEqualTo(204);
        teamPriority = maria.as("dana").create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win three logos", "ownerId", "dana"));
        assertThat(maria.send("PATCH", "/api/priorities/" + teamPriority, Map.of("reason", "plans moved", "title", "Win four logos")).status())
                .isEqualTo(200);
        assertThat(maria.post("/api/priorities/" + teamPriority + "/drop", Map.of("reason", AWKWARD_REASON)).status())
                .isEqualTo(200);
        long events = new EventLog(sql).allEvents();
        eventually(() -> assertThat(auditor.get("/api/audit?size=1").body().get("totalElements").asLong())
                .isEqualTo(events));
    }

    @Test
    void theWholeLogIsListedNewestFirstWithTheTeamOfEveryEntry() {
        JsonNode page = auditor.get("/api/audit?size=500").body();
        List<JsonNode> entries = list(page.get("entries"));
        assertThat(entries).hasSize((int) Math.min(500, new EventLog(sql).allEvents()));
        assertThat(entries).extracting(entry -> entry.get("globalSequence").asLong()).isSortedAccordingTo((a, b) -> Long.compare(b, a));

        JsonNode dropped = entries.get(0);
        assertThat(dropped.get("type").asText()).isEqualTo("PriorityDropped");
        assertThat(dropped.get("aggregateType").asText()).isEqualTo("Priority");
        assertThat(dropped.get("aggregateId").asText()).isEqualTo(teamPriority);
        assertThat(dropped.get("teamId").asText()).as("taken from the priority's first event").isEqualTo(sales);
        assertThat(dropped.get("actor").asText()).isEqualTo("maria");
        assertThat(dropped.get("reason").asText()).isEqualTo(AWKWARD_REASON);
        assertThat(dropped.get("changes").get("status").get("after").asText()).isEqualTo("DROPPED");
        assertThat(dropped.get("globalSequence").asLong()).isEqualTo(page.get("upTo").asLong());
    }

    @Test
    void filtersByTeamActorTypeAndTime() {
        List<JsonNode> ofSales = list(auditor.get("/api/audit?size=500&teamId=" + sales).body().get("entries"));
        assertThat(ofSales).extracting(entry -> entry.get("type").asText())
                .containsExactly("PriorityDropped", "PriorityChanged", "PriorityAssigned", "TeamLeadAppointed",
                        "TeamRegistered");
        assertThat(ofSales).allSatisfy(entry -> assertThat(entry.get("teamId").asText()).isEqualTo(sales));

        List<JsonNode> byDana = list(auditor.get("/api/audit?teamId=" + sales + "&actor=dana").body().get("entries"));
        assertThat(byDana).extracting(entry -> entry.get("type").asText()).containsExactly("PriorityAssigned");

        List<JsonNode> changes = list(auditor.get("/api/audit?teamId=" + sales + "&type=PriorityChanged").body().get("entries"));
        assertThat(changes).singleElement().satisfies(entry ->
                assertThat(entry.get("changes").get("title").get("before").asText()).isEqualTo("Win three logos"));

        String assignedAt = ofSales.get(2).get("at").asText();
        String droppedAt = ofSales.get(0).get("at").asText();
        List<JsonNode> between = list(auditor.get("/api/audit?teamId=" + sales + "&from=" + assignedAt + "&to=" + droppedAt)
                .body().get("entries"));
        assertThat(between).extracting(entry -> entry.get("type").asText())
                .as("from is inclusive, to exclusive").containsExactly("PriorityChanged", "PriorityAssigned");
    }

    @Test
    void pagesPinnedToTheFirstAnswerDoNotShiftWhenEventsArrive() {
        List<JsonNode> all = list(auditor.get("/api/audit?teamId=" + sales + "&size=500").body().get("entries"));
        JsonNode first = auditor.get("/api/audit?teamId=" + sales + "&size=2").body();
        long upTo = first.get("upTo").asLong();
        assertThat(first.get("totalPages").asInt()).isEqualTo(3);

        assertThat(maria.send("PATCH", "/api/teams/" + sales, Map.of("name", "Audited Sales EMEA")).status()).isEqualTo(204);
        eventually(() -> assertThat(auditor.get("/api/audit?teamId=" + sales + "&type=TeamRenamed").body()
                .get("totalElements").asLong()).isEqualTo(1));

        JsonNode second = auditor.get("/api/audit?teamId=" + sales + "&size=2&page=1&upTo=" + upTo).body();
        assertThat(list(second.get("entries"))).isEqualTo(all.subList(2, 4));
        assertThat(second.get("upTo").asLong()).isEqualTo(upTo);
        assertThat(second.get("totalElements").asLong()).isEqualTo(all.size());
    }

    @Test
    void aCountStoppedAtItsLimitSaysSoAndStillPagesOn() {
        AuditFilter ofSales = new AuditFilter(new TeamId(sales), null, null, null, null, null);
        long all = auditor.get("/api/audit?teamId=" + sales).body().get("totalElements").asLong();
        assertThat(all).isGreaterThan(4);

        AuditPage capped = queries.query(new SearchAudit(ofSales, 1, 2, false, 3), AuditPage.class).join();
        assertThat(capped.totalCapped()).isTrue();
        assertThat(capped.totalElements()).as("at least").isEqualTo(3);
        assertThat(capped.entries()).hasSize(2);
        assertThat(capped.hasNext()).as("entries beyond the fourth").isEqualTo(all > 4);

        AuditPage counted = queries.query(new SearchAudit(ofSales, 0, 2, false, (int) all), AuditPage.class).join();
        assertThat(counted.totalCapped()).as("exactly the limit is not beyond it").isFalse();
        assertThat(counted.totalElements()).isEqualTo(all);
        assertThat(counted.totalPages()).isEqualTo((int) (all + 1) / 2);
    }

    @Test
    void exportsTheFilteredLogAsCsvThatSpreadsheetsRead() throws IOException {
        Api.Response export = auditor.send("GET", "/api/audit?teamId=" + sales, null, "Accept", "text/csv");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("text/csv");
        assertThat(export.header("Content-Disposition")).contains("audit.csv");

        CsvMapper csv = new CsvMapper();
        try (MappingIterator<Map<String, String>> rows = csv.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(export.body().asText())) {
            List<Map<String, String>> read = rows.readAll();
            assertThat(read).extracting(row -> row.get("type")).containsExactly("PriorityDropped", "PriorityChanged",
                    "PriorityAssigned", "TeamLeadAppointed", "TeamRegistered");
            assertThat(read.get(0).get("reason")).isEqualTo(AWKWARD_REASON);
            assertThat(read.get(0).get("teamId")).isEqualTo(sales);
            assertThat(read.get(1).get("changes")).contains("\"title\":{\"before\":\"Win three logos\"");
        }
    }

    @Test
    void theExportReadsInChunksAndStillListsEveryEntryOnce() {
        long events = new EventLog(sql).allEvents();
        String export = auditor.send("GET", "/api/audit", null, "Accept", "text/csv").body().asText();
        List<Long> sequences = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(export)) {
            rows.forEachRemaining(row -> sequences.add(Long.parseLong(row.get("globalSequence"))));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(sequences).hasSize((int) events).doesNotHaveDuplicates();
    }

    @Test
    void onlyAuditorsAnalystsAndAdminsReadTheWholeLog() {
        assertThat(maria.get("/api/audit").status()).isEqualTo(403);
        assertThat(maria.as("alan", "ANALYST").get("/api/audit").status()).isEqualTo(200);
        assertThat(new Api(port).get("/api/audit").status()).isEqualTo(200);
        assertThat(maria.anonymous().get("/api/audit").status()).isEqualTo(401);
    }

    @Test
    void badParametersAreRefusedWithWhatIsWrong() {
        Api.Response tooBig = auditor.get("/api/audit?size=501");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body().get("detail").asText()).contains("size must be between 1 and 500");

        Api.Response reversed = auditor.get("/api/audit?from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body().get("detail").asText()).contains("from").contains("to");

        Api.Response garbage = auditor.get("/api/audit?from=yesterday");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.body().get("detail").asText()).contains("from");
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
