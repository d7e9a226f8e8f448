package io.throughline.insight;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.support.Api;
import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A third quarter of 2026 whose every step happens on a known day (Axon's clock), so that each insight has an answer
 * worked out by hand. The company (cora) has one company priority; Field (finn leads, fay is a member) has three:
 * <ul>
 * <li>Win logos (finn): on track, confidence 8, on 11 July; at risk, 5, on 21 July; done on 31 July.</li>
 * <li>Open a branch (fay, due 15 Sep): on track, 9, on 1 July; its due date moved to 30 Sep, then its title and
 * criterion changed; off track, 2, on 1 August; missed at the close on 2 October.</li>
 * <li>Hire two engineers (finn): on track, 7, on 1 July; carried over at the close.</li>
 * </ul>
 * Field huddles on 6, 13 and 20 July; its weekly KPI has week 28 recorded in time, weeks 29 and 30 late; finn holds
 * 1-on-1s with fay on 15 July and 12 August, cora with finn on 20 July.
 */
public final class InsightHistory {

    public final String company;
    public final String field;
    public final String logos;
    public final String branch;
    public final String hire;

    public InsightHistory(Api admin, String suffix) {
        String cora = "cora" + suffix;
        String finn = "finn" + suffix;
        String fay = "fay" + suffix;
        try {
            at("2026-06-30T08:00:00Z");
            company = admin.company("Calibration Co " + suffix, cora);
            admin.people(finn, fay);
            Api asCora = admin.as(cora);
            field = asCora.create("/api/teams", Map.of("name", "Field " + suffix, "parentTeamId", company));
            ok(asCora.send("PUT", "/api/teams/" + field + "/lead", Map.of("personId", finn)));
            ok(asCora.post("/api/teams/" + field + "/members", Map.of("personId", fay)));
            Api asFinn = admin.as(finn);
            Api asFay = admin.as(fay);

            at("2026-07-01T00:00:00Z");
            asCora.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q3", "title", "Grow",
                    "ownerId", cora));
            logos = asCora.create("/api/priorities", Map.of("teamId", field, "quarter", "2026-Q3",
                    "title", "Win logos", "ownerId", finn));
            branch = asCora.create("/api/priorities", Map.of("teamId", field, "quarter", "2026-Q3",
                    "title", "Open a branch", "ownerId", fay, "successCriterion", "Doors open",
                    "dueDate", "2026-09-15"));
            hire = asCora.create("/api/priorities", Map.of("teamId", field, "quarter", "2026-Q3",
                    "title", "Hire two engineers", "ownerId", finn));
            report(asFay, branch, "ON_TRACK", 9);
            report(asFinn, hire, "ON_TRACK", 7);
            String demos = asCora.create("/api/metrics", Map.of("teamId", field, "name", "Demos", "unit", "demos",
                    "target", 5, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", finn));

            at("2026-07-06T10:00:00Z");
            huddle(asFinn, "2026-07-06", finn);
            at("2026-07-10T10:00:00Z");
            ok(asFinn.post("/api/metrics/" + demos + "/values", Map.of("period", "2026-W28", "value", 4)));
            at("2026-07-11T00:00:00Z");
            report(asFinn, logos, "ON_TRACK", 8);
            at("2026-07-13T10:00:00Z");
            huddle(asFinn, "2026-07-13", finn);
            at("2026-07-15T10:00:00Z");
            ok(asFinn.post("/api/check-ins", Map.of("personId", fay, "date", "2026-07-15", "phase", "TRACK")));
            at("2026-07-20T09:00:00Z");
            huddle(asFinn, "2026-07-20", finn);
            ok(asFinn.post("/api/metrics/" + demos + "/values", Map.of("period", "2026-W29", "value", 5)));
            ok(asCora.post("/api/check-ins", Map.of("personId", finn, "date", "2026-07-20", "phase", "COACH")));
            at("2026-07-21T00:00:00Z");
            report(asFinn, logos, "AT_RISK", 5);
            at("2026-07-27T10:00:00Z");
            ok(asFinn.post("/api/metrics/" + demos + "/values", Map.of("period", "2026-W30", "value", 6)));
            at("2026-07-31T00:00:00Z");
            ok(asCora.post("/api/priorities/" + logos + "/complete", Map.of("comment", "signed")));
            ok(asCora.send("PATCH", "/api/priorities/" + branch,
                    Map.of("dueDate", "2026-09-30", "reason", "lease late")));
            ok(asCora.send("PATCH", "/api/priorities/" + branch, Map.of("title", "Open two branches",
                    "successCriterion", "Both doors open", "reason", "bigger")));
            at("2026-08-01T00:00:00Z");
            report(asFay, branch, "OFF_TRACK", 2);
            at("2026-08-12T10:00:00Z");
            ok(asFinn.post("/api/check-ins", Map.of("personId", fay, "date", "2026-08-12", "phase", "TRACK")));

            at("2026-10-02T00:00:00Z");
            ok(asFinn.post("/api/teams/" + field + "/quarters/2026-Q3/close", Map.of("decisions", List.of(
                    Map.of("priorityId", branch, "outcome", "MISSED", "reflection", "no lease"),
                    Map.of("priorityId", hire, "outcome", "CARRY_OVER")))));
        } finally {
            GenericEventMessage.clock = Clock.systemUTC();
        }
        Api auditor = admin.as("ivy" + suffix, "AUDITOR");
        // The insights read the tables of several processors: wait until each has the last of its events.
        eventually(() -> {
            JsonNode insights = auditor.get("/api/insights?quarter=2026-Q3&teamId=" + company).body();
            assertThat(insights.get("calibration")).hasSize(4);
            assertThat(insights.get("priorities").findValuesAsText("title")).contains("Open two branches");
            assertThat(insights.get("priorities").findValuesAsText("status")).contains("MISSED", "CARRIED_OVER");
            assertThat(insights.get("huddles").findValuesAsText("huddles")).contains("3");
            assertThat(insights.get("kpiValues").findValuesAsText("late")).containsExactly("2");
            assertThat(insights.get("checkIns")).hasSize(3);
        });
    }

    private static void report(Api owner, String priority, String status, int confidence) {
        ok(owner.post("/api/priorities/" + priority + "/status", Map.of("status", status, "confidence", confidence)));
    }

    private void huddle(Api lead, String date, String attendee) {
        ok(lead.post("/api/teams/" + field + "/huddles", Map.of("date", date, "attendeeIds", List.of(attendee),
                "priorityUpdates", List.of(), "metricUpdates", List.of(), "stuck", List.of(), "wins", List.of())));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 299);
    }

    private static void at(String instant) {
        GenericEventMessage.clock = Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
