package io.throughline.support;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/** A history of an organisation, recorded through the API, that leaves rows in every read model. */
public final class OrganisationHistory {

    private OrganisationHistory() {
    }

    /**
     * A company led by {@code lead} with two teams, {@code teamLead} leading one and {@code member} in it, sid leading
     * the other after leaving the first: teams moved
     * and renamed, a plan reframed, priorities changed, reassigned, realigned, dropped, reinstated and completed, a
     * milestone done, a lateral link, a closed quarter, KPIs with values, a correction and a retirement, huddles with
     * stuck items, assessments, decision rights and decisions, a check-in with a completed and a dropped commitment,
     * the lasting plan and annual goals, a team's chat webhook, a person's nudges and the organisation's. The three are
 * created as leaders; their names
     * must be new to the database.
     */
    public static void touchingEveryReadModel(Api admin, String lead, String teamLead, String member) {
        String company = admin.company("Company of " + lead, lead);
        Api api = admin.as(lead);
        admin.people(teamLead, member, "sid");
        String sales = api.create("/api/teams", Map.of("name", "Sales of " + lead, "parentTeamId", company));
        String ops = api.create("/api/teams", Map.of("name", "Ops of " + lead, "parentTeamId", company));
        ok(api.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", teamLead)));
        ok(api.post("/api/teams/" + sales + "/members", Map.of("personId", member)));
        ok(api.post("/api/teams/" + sales + "/members", Map.of("personId", "sid")));
        ok(api.send("DELETE", "/api/teams/" + sales + "/members/sid", null));
        ok(api.send("PATCH", "/api/teams/" + ops, Map.of("name", "Operations of " + lead)));
        ok(api.post("/api/teams/" + ops + "/parent", Map.of("newParentTeamId", sales)));
        ok(api.send("PUT", "/api/teams/" + ops + "/lead", Map.of("personId", "sid")));
        ok(admin.as(teamLead).send("PUT", "/api/teams/" + sales + "/webhook",
                Map.of("url", "https://hooks.example.com/" + teamLead)));
        ok(admin.as(member).send("PUT", "/api/me/notifications", Map.of("email", true, "chat", true, "digest", false,
                "notices", true)));
        Api.Response organisationNudges = admin.send("PUT", "/api/admin/notifications", Map.of("digestDay", "FRIDAY",
                "digestHour", 15, "timeZone", "Europe/Oslo", "choices", Map.of("email", true, "chat", false,
                        "digest", true, "notices", true)));
        // Another history in the same database may have set them so already: the organisation has one set.
        if (organisationNudges.status() != 409) {
            ok(organisationNudges);
        }

        ok(api.post("/api/teams/" + company + "/plan", Map.of("quarter", "2026-Q4", "outcome", "ARR up 20%",
                "annualGoals", List.of("Enterprise", "Retention"))));
        ok(api.send("PUT", "/api/teams/" + company + "/plan", Map.of("quarter", "2026-Q4",
                "outcome", "ARR up 25%", "reason", "board asked")));

        ok(api.send("PUT", "/api/teams/" + company + "/plan/lasting", Map.of("coreValues", List.of("Customers first"),
                "purpose", "Bring revenue in", "bhag", "Every hospital in Europe")));
        String doubleArr = api.create("/api/teams/" + company + "/annual-goals", Map.of("year", 2026, "title", "Double ARR"));
        ok(api.send("PATCH", "/api/teams/" + company + "/annual-goals/" + doubleArr, Map.of("title", "Triple ARR",
                "reason", "board")));

        String grow = api.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow ARR", "ownerId", lead));
        String keep = api.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Keep customers", "ownerId", lead));
        String logos = api.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "Win logos", "ownerId", teamLead, "parentPriorityId", grow, "dueDate", "2026-12-15"));
        ok(api.send("PATCH", "/api/priorities/" + logos, Map.of("reason", "plans moved", "title", "Win five logos", "description", "EMEA")));
        ok(api.post("/api/priorities/" + logos + "/owner", Map.of("newOwnerId", member, "reason", "moves on")));
        ok(api.post("/api/priorities/" + logos + "/status", Map.of("status", "AT_RISK", "confidence", 4)));
        ok(api.post("/api/priorities/" + logos + "/parent", Map.of("reason", "plans moved", "newParentPriorityId", keep)));
        ok(api.post("/api/priorities/" + keep + "/drop", Map.of("reason", "folded into growth")));
        ok(api.post("/api/priorities/" + keep + "/reinstate", Map.of("reason", "board wants it")));
        ok(api.post("/api/priorities/" + grow + "/complete", Map.of("comment", "done early")));
        String pilot = api.create("/api/priorities/" + logos + "/milestones", Map.of("title", "Pilot with two customers",
                "dueDate", "2026-11-30"));
        ok(api.post("/api/priorities/" + logos + "/milestones/" + pilot + "/complete", null));
        String faster = api.create("/api/priorities", Map.of("teamId", ops, "quarter", "2026-Q4",
                "title", "Ship faster", "ownerId", "sid"));
        ok(api.post("/api/priorities/" + faster + "/contributes-to", Map.of("priorityId", keep)));
        String autumn = api.create("/api/priorities", Map.of("teamId", ops, "quarter", "2026-Q3",
                "title", "Tidy the backlog", "ownerId", "sid"));
        ok(api.post("/api/teams/" + ops + "/quarters/2026-Q3/close", Map.of("decisions",
                List.of(Map.of("priorityId", autumn, "outcome", "DONE")))));

        String pipeline = api.create("/api/metrics", Map.of("teamId", sales, "name", "Pipeline", "unit", "kEUR",
                "target", 500, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", teamLead));
        ok(api.post("/api/metrics/" + pipeline + "/values", Map.of("period", "2026-W46", "value", 410)));
        ok(api.post("/api/metrics/" + pipeline + "/values", Map.of("period", "2026-W47", "value", 455.5)));
        ok(api.send("PUT", "/api/metrics/" + pipeline + "/values/2026-W46", Map.of("value", 420, "reason", "late deal")));
        ok(api.send("PATCH", "/api/metrics/" + pipeline, Map.of("target", 550, "reason", "raised")));
        ok(api.post("/api/metrics/" + pipeline + "/owner", Map.of("newOwnerId", member)));
        String churn = api.create("/api/metrics", Map.of("teamId", sales, "name", "Churn", "unit", "%",
                "target", 2, "direction", "LOWER_IS_BETTER", "cadence", "MONTHLY", "ownerId", teamLead));
        ok(api.post("/api/metrics/" + churn + "/retire", Map.of("reason", "measured by finance")));

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        ok(api.post("/api/teams/" + sales + "/huddles", Map.of("date", yesterday, "facilitatorId", teamLead,
                "priorityUpdates", List.of(Map.of("priorityId", logos, "status", "OFF_TRACK", "comment", "lost one")),
                "metricUpdates", List.of(Map.of("metricId", pipeline, "period", "2026-W48", "value", 470)),
                "stuck", List.of(Map.of("description", "Pricing sign-off", "ownerId", teamLead),
                        Map.of("description", "CRM access", "ownerId", member, "priorityId", logos)),
                "wins", List.of("Renewal signed"))));
        String pricing = eventually(() -> api.get("/api/teams/" + sales + "/huddles").body().get("openStuckItems"),
                items -> items.size() == 2).get(0).get("itemId").asText();
        ok(api.post("/api/teams/" + sales + "/huddles/stuck/" + pricing + "/resolve", Map.of("resolution", "approved")));
        ok(api.post("/api/teams/" + sales + "/huddles", Map.of("date", today, "facilitatorId", member)));

        ok(api.post("/api/teams/" + sales + "/assessments", Map.of("dimension", "TEAM_DYNAMICS", "score", 3.2,
                "respondents", 7, "date", "2026-10-01")));
        ok(api.post("/api/teams/" + sales + "/assessments", Map.of("dimension", "TEAM_DYNAMICS", "score", 3.9,
                "respondents", 7, "date", "2026-11-20")));

        ok(api.post("/api/teams/" + sales + "/decision-rights", Map.of("category", "pricing", "holderRole", "LEAD",
                "mode", "DECIDE")));
        ok(api.send("PUT", "/api/teams/" + sales + "/decision-rights", Map.of("category", "pricing",
                "personId", member, "mode", "CONSULT")));
        ok(api.send("PUT", "/api/teams/" + sales + "/decision-rights", Map.of("category", "pricing",
                "personId", member, "mode", "INFORM")));
        ok(api.post("/api/teams/" + sales + "/decision-rights", Map.of("category", "hiring", "personId", member,
                "mode", "DECIDE")));
        ok(api.send("DELETE", "/api/teams/" + sales + "/decision-rights?category=hiring&personId=" + member, null));
        ok(api.post("/api/teams/" + sales + "/decisions", Map.of("category", "pricing", "title", "Price list",
                "decision", "Prices up 4%", "deciderId", teamLead, "consulted", List.of(member), "relatedPriorityId", logos)));
        ok(api.post("/api/teams/" + sales + "/decisions", Map.of("category", "Pricing", "title", "Discounts",
                "decision", "Capped at 10%", "deciderId", member)));
        String checkIn = admin.as(teamLead).create("/api/check-ins", Map.of("personId", member, "date", "2026-11-16",
                "phase", "TRACK", "prioritiesReviewed", List.of(logos), "notes", "Needs a second EMEA contact",
                "commitments", List.of(Map.of("text", "Call two partners", "dueDate", "2026-11-23"),
                        Map.of("text", "Draft the deck", "dueDate", "2026-11-30"))));
        ok(admin.as(member).post("/api/check-ins/" + checkIn + "/commitments/1/complete", null));
        ok(admin.as(teamLead).post("/api/check-ins/" + checkIn + "/commitments/2/drop", Map.of("reason", "not needed")));
    }

    private static void ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
    }
}
