package io.throughline;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1-on-1 check-ins over HTTP, in an organisation of its own per test (names end in its number):
 * <pre>
 * company   lead: chiara   member: kamal
 *   sales   lead: soren    member: sigrid     priority "Win logos"
 *     inbound   lead: ingo
 * </pre>
 * Soren checked in with Sigrid 20 days ago (notes, one commitment overdue, one not) and 3 days ago; Chiara with Soren
 * 10 days ago. Tomas leads nothing; Aurelia audits.
 */
@ThroughlineIntegrationTest
class CheckInsTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String NOTES = "Wants to lead the EMEA push";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api admin;
    String chiara;
    String soren;
    String sigrid;
    String ingo;
    String kamal;
    String logos;
    String firstCheckIn;

    @BeforeEach
    void organisation() {
        int n = UNIQUE.incrementAndGet();
        chiara = "chiara" + n;
        soren = "soren" + n;
        sigrid = "sigrid" + n;
        ingo = "ingo" + n;
        kamal = "kamal" + n;
        admin = new Api(port);
        String company = admin.company("Coached " + n, chiara);
        Api lead = admin.as(chiara);
        admin.people(soren, sigrid, ingo, kamal);
        String sales = lead.create("/api/teams", Map.of("name", "Coached sales " + n, "parentTeamId", company));
        String inbound = lead.create("/api/teams", Map.of("name", "Coached inbound " + n, "parentTeamId", sales));
        written(admin.post("/api/teams/" + company + "/members", Map.of("personId", kamal)));
        written(lead.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", soren)));
        written(lead.post("/api/teams/" + sales + "/members", Map.of("personId", sigrid)));
        written(lead.send("PUT", "/api/teams/" + inbound + "/lead", Map.of("personId", ingo)));
        logos = lead.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4", "title", "Win logos",
                "ownerId", sigrid));

        firstCheckIn = admin.as(soren).create("/api/check-ins", Map.of("personId", sigrid,
                "date", daysAgo(20), "phase", "TRACK", "prioritiesReviewed", List.of(logos), "notes", NOTES,
                "commitments", List.of(commitment("Call three customers", daysAgo(5)),
                        commitment("Draft the EMEA plan", daysAgo(-10)))));
        admin.as(soren).create("/api/check-ins", Map.of("personId", sigrid, "date", daysAgo(3), "phase", "COACH",
                "commitments", List.of(commitment("Share the deck", daysAgo(-2)))));
        admin.as(chiara).create("/api/check-ins", Map.of("personId", soren, "date", daysAgo(10), "phase", "EMPOWER",
                "notes", "Ready for a bigger team"));
    }

    @Test
    void aPairsCheckInsComeOldestFirstWithTheSignedInLeaderAndNumberedCommitments() {
        Api asSoren = admin.as(soren);
        eventually(() -> {
            List<JsonNode> pair = list(asSoren.get("/api/check-ins?personId=" + sigrid + "&leaderId=" + soren).body());
            assertThat(pair).extracting(checkIn -> checkIn.get("date").asText()).containsExactly(daysAgo(20), daysAgo(3));
            JsonNode first = pair.get(0);
            assertThat(first.get("id").asText()).isEqualTo(firstCheckIn);
            assertThat(first.get("leaderId").asText()).isEqualTo(soren);
            assertThat(first.get("phase").asText()).isEqualTo("TRACK");
            assertThat(list(first.get("prioritiesReviewed"))).extracting(JsonNode::asText).containsExactly(logos);
            assertThat(first.get("notes").asText()).isEqualTo(NOTES);
            assertThat(list(first.get("commitments"))).extracting(c -> c.get("number").asInt() + " " + c.get("text").asText())
                    .containsExactly("1 Call three customers", "2 Draft the EMEA plan");
        });
        assertThat(list(asSoren.get("/api/check-ins?leaderId=" + chiara).body()))
                .extracting(checkIn -> checkIn.get("personId").asText()).containsExactly(soren);
        assertThat(list(asSoren.get("/api/check-ins?personId=" + soren).body()))
                .extracting(checkIn -> checkIn.get("leaderId").asText()).containsExactly(chiara);
    }

    @Test
    void notesAreForTheTwoPeopleAndAuditorsOnly() {
        String path = "/api/check-ins?personId=" + sigrid + "&leaderId=" + soren;
        eventually(() -> assertThat(list(admin.as(sigrid).get(path).body())).hasSize(2));

        assertThat(list(admin.as("tomas").get(path).body()).get(0).get("notes").isNull()).isTrue();
        assertThat(list(admin.as(chiara).get(path).body()).get(0).get("notes").isNull()).isTrue();
        assertThat(list(admin.as(sigrid).get(path).body()).get(0).get("notes").asText()).isEqualTo(NOTES);
        assertThat(list(admin.as("aurelia", "AUDITOR").get(path).body()).get(0).get("notes").asText()).isEqualTo(NOTES);
        eventually(() -> assertThat(sql.queryForObject("select changes::text from audit_entry where aggregate_id = ?",
                String.class, firstCheckIn)).contains("Call three customers").doesNotContain(NOTES).doesNotContain("notes"));
    }

    @Test
    void openCommitmentsCountThoseOverdueAndLeaveOutThoseClosed() {
        Api asSigrid = admin.as(sigrid);
        eventually(() -> {
            JsonNode open = asSigrid.get("/api/check-ins/commitments").body();
            assertThat(open.get("personId").asText()).isEqualTo(sigrid);
            assertThat(open.get("overdue").asInt()).isEqualTo(1);
            assertThat(list(open.get("open"))).extracting(c -> c.get("text").asText() + " " + c.get("overdue").asBoolean())
                    .containsExactly("Call three customers true", "Share the deck false", "Draft the EMEA plan false");
        });

        assertThat(asSigrid.post(commitment(firstCheckIn, 1) + "/complete", null).status()).isEqualTo(204);
        assertThat(admin.as(soren).post(commitment(firstCheckIn, 2) + "/drop", Map.of("reason", "Merged into Q1"))
                .status()).isEqualTo(204);

        eventually(() -> {
            JsonNode open = admin.as(soren).get("/api/check-ins/commitments?personId=" + sigrid).body();
            assertThat(open.get("overdue").asInt()).isZero();
            assertThat(list(open.get("open"))).extracting(c -> c.get("text").asText()).containsExactly("Share the deck");
        });
        JsonNode closed = list(asSigrid.get("/api/check-ins?leaderId=" + soren).body()).get(0).get("commitments");
        assertThat(closed.get(0).get("status").asText()).isEqualTo("COMPLETED");
        assertThat(closed.get(1).get("status").asText()).isEqualTo("DROPPED");
        assertThat(closed.get(1).get("dropReason").asText()).isEqualTo("Merged into Q1");
    }

    @Test
    void directReportsAreTheMembersAndTheLeadsRightBelowWithDaysSinceTheLastCheckIn() {
        eventually(() -> assertThat(list(admin.as(chiara).get("/api/check-ins/direct-reports").body()))
                .extracting(report -> report.get("personId").asText() + " " + report.get("daysSinceLastCheckIn"))
                .containsExactly(kamal + " null", soren + " 10"));
        assertThat(list(admin.as(chiara).get("/api/check-ins/direct-reports?leaderId=" + soren).body()))
                .extracting(report -> report.get("personId").asText() + " " + report.get("lastCheckIn").asText())
                .containsExactly(ingo + " null", sigrid + " " + daysAgo(3));
    }

    @Test
    void refusalsSayWhatIsWrong() {
        Api asSoren = admin.as(soren);
        Api tomas = admin.as("tomas");
        Api aurelia = admin.as("aurelia", "AUDITOR");
        long eventsBefore = new EventLog(sql).allEvents();

        Api.Response unknownPriority = asSoren.post("/api/check-ins", Map.of("personId", sigrid, "date", daysAgo(0),
                "phase", "FRAME", "prioritiesReviewed", List.of("no-such-priority")));
        assertThat(unknownPriority.status()).isEqualTo(400);
        assertThat(unknownPriority.body().get("field").asText()).isEqualTo("prioritiesReviewed[0]");

        Api.Response withThemself = asSoren.post("/api/check-ins", Map.of("personId", soren, "date", daysAgo(0),
                "phase", "FRAME"));
        assertThat(withThemself.status()).isEqualTo(422);
        assertThat(withThemself.body().get("rule").asText()).isEqualTo("check-in-with-someone-else");

        assertThat(asSoren.post("/api/check-ins", Map.of("leaderId", chiara, "personId", sigrid, "date", daysAgo(0),
                "phase", "FRAME")).status()).isEqualTo(403);
        assertThat(tomas.post(commitment(firstCheckIn, 1) + "/complete", null).status()).isEqualTo(403);
        assertThat(aurelia.post(commitment(firstCheckIn, 1) + "/complete", null).status()).isEqualTo(403);
        Api.Response unknownCommitment = asSoren.post(commitment(firstCheckIn, 9) + "/complete", null);
        assertThat(unknownCommitment.status()).isEqualTo(404);
        assertThat(unknownCommitment.body().get("field").asText()).isEqualTo("number");
        assertThat(new EventLog(sql).allEvents()).as("events stored").isEqualTo(eventsBefore);

        assertThat(asSoren.post(commitment(firstCheckIn, 1) + "/complete", null).status()).isEqualTo(204);
        Api.Response again = asSoren.post(commitment(firstCheckIn, 1) + "/drop", Map.of("reason", "too late"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("rule").asText()).isEqualTo("only-open-commitments-closed");
    }

    private static Map<String, String> commitment(String text, String dueDate) {
        return Map.of("text", text, "dueDate", dueDate);
    }

    private static String commitment(String checkIn, int number) {
        return "/api/check-ins/" + checkIn + "/commitments/" + number;
    }

    private static String daysAgo(int days) {
        return TODAY.minusDays(days).toString();
    }

    private static void written(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
