package io.throughline.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.kernel.Quarter;
import io.throughline.support.Api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;

/**
 * Two organisations for the hostile requests to aim at: Hostile Inc, led by hollis, who sends them, with something
 * of every kind a write can target; and Other Corp, led by ivo, whose ids hollis may not touch.
 */
record Organisations(String team, String subTeam, String otherSubTeam, String priority, String metric,
                     String checkIn, String stuckItem,
                     String otherTeam, String otherPriority, String otherMetric, String otherCheckIn) {

    static final String LEAD = "hollis";
    static final String MEMBER = "hedda";
    static final String REPORT = "harper";
    static final String OTHER_LEAD = "ivo";
    static final String OTHER_REPORT = "iris";
    /** The period the metric has a value for, which can be corrected. */
    static final String RECORDED_PERIOD = "2026-W01";
    static final String QUARTER_WITH_A_PLAN = "2026-Q4";
    /** The decision category the team has a right defined for, which can be revoked. */
    static final String CATEGORY = "Budget";

    static Organisations setUp(Api admin) {
        String team = admin.company("Hostile Inc", LEAD);
        Api lead = admin.as(LEAD);
        admin.as(MEMBER);
        admin.as(REPORT);
        String subTeam = lead.create("/api/teams", Map.of("name", "Red team", "parentTeamId", team));
        String otherSubTeam = lead.create("/api/teams", Map.of("name", "Blue team", "parentTeamId", team));
        // A lead organises the teams below; the company's own members are the admin's to add.
        accepted(admin.post("/api/teams/" + team + "/members", Map.of("personId", MEMBER)));
        accepted(lead.post("/api/teams/" + subTeam + "/members", Map.of("personId", MEMBER)));
        accepted(lead.post("/api/teams/" + team + "/plan", Map.of("quarter", QUARTER_WITH_A_PLAN, "outcome", "Nothing hostile gets in")));
        accepted(lead.post("/api/teams/" + team + "/decision-rights",
                Map.of("category", CATEGORY, "holderRole", "LEAD", "mode", "DECIDE")));
        String priority = priorityOf(lead, team, LEAD);
        String metric = metricOf(lead, team, LEAD);
        accepted(lead.post("/api/metrics/" + metric + "/values", Map.of("period", RECORDED_PERIOD, "value", 10)));
        String checkIn = checkInOf(lead, REPORT);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        accepted(lead.post("/api/teams/" + team + "/huddles", Map.of("date", today.toString(),
                "stuck", List.of(Map.of("description", "Waiting for the firewall rules", "ownerId", LEAD)))));
        JsonNode huddles = eventually(() -> lead.get("/api/teams/" + team + "/huddles?quarter=" + Quarter.of(today)).body(),
                body -> body.get("openStuckItems").size() == 1);

        String otherTeam = admin.company("Other Corp", OTHER_LEAD);
        Api otherLead = admin.as(OTHER_LEAD);
        admin.as(OTHER_REPORT);
        return new Organisations(team, subTeam, otherSubTeam, priority, metric, checkIn,
                huddles.get("openStuckItems").get(0).get("itemId").asText(),
                otherTeam, priorityOf(otherLead, otherTeam, OTHER_LEAD), metricOf(otherLead, otherTeam, OTHER_LEAD),
                checkInOf(otherLead, OTHER_REPORT));
    }

    private static String priorityOf(Api lead, String team, String owner) {
        return lead.create("/api/priorities", Map.of("teamId", team, "quarter", QUARTER_WITH_A_PLAN,
                "title", "Keep the log clean", "ownerId", owner));
    }

    private static String metricOf(Api lead, String team, String owner) {
        return lead.create("/api/metrics", Map.of("teamId", team, "name", "Refused requests", "unit", "%",
                "target", 100, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", owner));
    }

    private static String checkInOf(Api lead, String person) {
        return lead.create("/api/check-ins", Map.of("personId", person, "date", "2026-11-02", "phase", "FRAME",
                "commitments", List.of(Map.of("text", "Read the threat model", "dueDate", "2026-11-30"))));
    }

    private static void accepted(Api.Response response) {
        if (response.status() / 100 != 2) {
            throw new AssertionError("setting up the organisations failed with " + response.status() + ": " + response.body());
        }
    }
}
