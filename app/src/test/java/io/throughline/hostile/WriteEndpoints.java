package io.throughline.hostile;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.throughline.hostile.Kind.ANY_PRIORITY;
import static io.throughline.hostile.Kind.CHECK_IN;
import static io.throughline.hostile.Kind.COUNT;
import static io.throughline.hostile.Kind.DATE;
import static io.throughline.hostile.Kind.ENUM;
import static io.throughline.hostile.Kind.HELD_CATEGORY;
import static io.throughline.hostile.Kind.INDEX;
import static io.throughline.hostile.Kind.METRIC;
import static io.throughline.hostile.Kind.NAME;
import static io.throughline.hostile.Kind.NEW_USERNAME;
import static io.throughline.hostile.Kind.NUMBER;
import static io.throughline.hostile.Kind.OBJECTS;
import static io.throughline.hostile.Kind.PASSWORD;
import static io.throughline.hostile.Kind.PERIOD;
import static io.throughline.hostile.Kind.PERSON;
import static io.throughline.hostile.Kind.PERSONS;
import static io.throughline.hostile.Kind.PRIORITIES;
import static io.throughline.hostile.Kind.PRIORITY;
import static io.throughline.hostile.Kind.PROJECTION;
import static io.throughline.hostile.Kind.QUARTER;
import static io.throughline.hostile.Kind.ROLES;
import static io.throughline.hostile.Kind.STUCK_ITEM;
import static io.throughline.hostile.Kind.TEAM;
import static io.throughline.hostile.Kind.TEAM_PERSON;
import static io.throughline.hostile.Kind.TEXT;
import static io.throughline.hostile.Kind.TEXTS;
import static io.throughline.hostile.Kind.TOKEN;
import static io.throughline.hostile.Kind.USERNAME;
import static io.throughline.hostile.Organisations.CATEGORY;
import static io.throughline.hostile.Organisations.LEAD;
import static io.throughline.hostile.Organisations.MEMBER;
import static io.throughline.hostile.Organisations.QUARTER_WITH_A_PLAN;
import static io.throughline.hostile.Organisations.RECORDED_PERIOD;
import static io.throughline.hostile.Organisations.REPORT;

/**
 * Every write of the API (ServiceSurfaceTest lists them all) with a request the organisations' lead, or the admin,
 * would have accepted.
 */
final class WriteEndpoints {

    static final String ADMIN = "admin";

    private WriteEndpoints() {
    }

    static List<Endpoint> of(Organisations o) {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        return List.of(
                Endpoint.of("POST", "/api/teams", LEAD)
                        .required("name", NAME, "Green team").required("parentTeamId", TEAM, o.team()),
                Endpoint.of("PATCH", "/api/teams/{team}", LEAD).slot("team", TEAM, o.subTeam())
                        .required("name", NAME, "Crimson team"),
                Endpoint.of("POST", "/api/teams/{team}/parent", LEAD).slot("team", TEAM, o.subTeam())
                        .required("newParentTeamId", TEAM, o.otherSubTeam()),
                Endpoint.of("PUT", "/api/teams/{team}/lead", LEAD).slot("team", TEAM, o.subTeam())
                        .required("personId", PERSON, MEMBER),
                Endpoint.of("POST", "/api/teams/{team}/members", LEAD).slot("team", TEAM, o.subTeam())
                        .required("personId", PERSON, REPORT),
                Endpoint.of("DELETE", "/api/teams/{team}/members/{person}", LEAD).slot("team", TEAM, o.subTeam())
                        .slot("person", TEAM_PERSON, MEMBER),
                Endpoint.of("POST", "/api/teams/{team}/assessments", LEAD).slot("team", TEAM, o.team())
                        .required("dimension", ENUM, "TEAM_DYNAMICS").required("score", NUMBER, 4.5)
                        .required("respondents", COUNT, 8).required("date", DATE, "2026-11-02"),
                Endpoint.of("POST", "/api/teams/{team}/plan", LEAD).slot("team", TEAM, o.team())
                        .required("quarter", QUARTER, "2027-Q1").field("purpose", TEXT, "Keep the log clean")
                        .required("outcome", TEXT, "Every refusal is clear").field("annualGoals", TEXTS, List.of("No 5xx")),
                Endpoint.of("PUT", "/api/teams/{team}/plan", LEAD).slot("team", TEAM, o.team())
                        .required("quarter", QUARTER, QUARTER_WITH_A_PLAN).required("outcome", TEXT, "Even less gets in")
                        .field("purpose", TEXT, null).field("annualGoals", TEXTS, null).field("reason", TEXT, "Sharper"),
                Endpoint.of("POST", "/api/teams/{team}/huddles", LEAD).slot("team", TEAM, o.team())
                        .required("date", DATE, yesterday).field("facilitatorId", TEAM_PERSON, LEAD)
                        .field("attendeeIds", PERSONS, List.of(MEMBER))
                        .field("priorityUpdates", OBJECTS, null)
                        .required("priorityUpdates/0/priorityId", PRIORITY, o.priority())
                        .required("priorityUpdates/0/status", ENUM, "AT_RISK")
                        .field("priorityUpdates/0/comment", TEXT, "Scanner noise")
                        .field("metricUpdates", OBJECTS, null)
                        .required("metricUpdates/0/metricId", METRIC, o.metric())
                        .required("metricUpdates/0/period", PERIOD, "2026-W10")
                        .required("metricUpdates/0/value", NUMBER, 97)
                        .field("stuck", OBJECTS, null)
                        .required("stuck/0/description", TEXT, "No staging database")
                        .required("stuck/0/ownerId", PERSON, MEMBER)
                        .field("wins", TEXTS, List.of("Blocked a bot")),
                Endpoint.of("POST", "/api/teams/{team}/huddles/stuck/{item}/resolve", LEAD)
                        .slot("team", TEAM, o.team()).slot("item", STUCK_ITEM, o.stuckItem())
                        .required("resolution", TEXT, "Rules deployed"),
                Endpoint.of("POST", "/api/teams/{team}/decision-rights", LEAD).slot("team", TEAM, o.team())
                        .required("category", NAME, "Hiring").required("holderRole", ENUM, "LEAD")
                        .field("personId", PERSON, null).required("mode", ENUM, "DECIDE"),
                Endpoint.of("PUT", "/api/teams/{team}/decision-rights", LEAD).slot("team", TEAM, o.team())
                        .required("category", NAME, "Tooling").required("holderRole", ENUM, "MEMBER")
                        .required("mode", ENUM, "CONSULT"),
                Endpoint.of("DELETE", "/api/teams/{team}/decision-rights?category={category}&holderRole={role}", LEAD)
                        .slot("team", TEAM, o.team()).slot("category", HELD_CATEGORY, CATEGORY).slot("role", ENUM, "LEAD"),
                Endpoint.of("POST", "/api/teams/{team}/decisions", LEAD).slot("team", TEAM, o.team())
                        .required("category", NAME, "Budget").required("title", NAME, "Buy a WAF")
                        .required("decision", TEXT, "Yes, the managed one").required("deciderId", PERSON, LEAD)
                        .field("consulted", PERSONS, List.of(MEMBER)).field("relatedPriorityId", ANY_PRIORITY, o.priority()),
                Endpoint.of("POST", "/api/priorities", LEAD)
                        .required("teamId", TEAM, o.team()).required("quarter", QUARTER, QUARTER_WITH_A_PLAN)
                        .required("title", NAME, "Patch every server").required("ownerId", PERSON, LEAD)
                        .field("successCriterion", TEXT, "No CVE older than a week").field("dueDate", DATE, "2026-12-15")
                        .field("parentPriorityId", PRIORITY, null),
                Endpoint.of("PATCH", "/api/priorities/{priority}", LEAD).slot("priority", PRIORITY, o.priority())
                        .required("title", NAME, "Keep the log spotless").field("description", TEXT, null)
                        .field("successCriterion", TEXT, null).field("dueDate", DATE, null)
                        .required("reason", TEXT, "The scope moved"),
                Endpoint.of("POST", "/api/priorities/{priority}/owner", LEAD).slot("priority", PRIORITY, o.priority())
                        .required("newOwnerId", TEAM_PERSON, MEMBER).required("reason", TEXT, "Hedda knows the logs"),
                Endpoint.of("POST", "/api/priorities/{priority}/status", LEAD).slot("priority", PRIORITY, o.priority())
                        .required("status", ENUM, "AT_RISK").field("comment", TEXT, "Noisy scanners")
                        .field("confidence", COUNT, 6),
                Endpoint.of("POST", "/api/priorities/{priority}/complete", LEAD).slot("priority", PRIORITY, o.priority())
                        .field("comment", TEXT, "Done"),
                Endpoint.of("POST", "/api/priorities/{priority}/drop", LEAD).slot("priority", PRIORITY, o.priority())
                        .required("reason", TEXT, "Merged into another"),
                Endpoint.of("POST", "/api/priorities/{priority}/reinstate", LEAD).slot("priority", PRIORITY, o.priority())
                        .required("reason", TEXT, "Back on"),
                Endpoint.of("POST", "/api/priorities/{priority}/parent", LEAD).slot("priority", PRIORITY, o.priority())
                        .field("newParentPriorityId", PRIORITY, o.otherPriority()).required("reason", TEXT, "Plans moved"),
                Endpoint.of("POST", "/api/metrics", LEAD)
                        .required("teamId", TEAM, o.team()).required("name", NAME, "Blocked bots").field("unit", NAME, "%")
                        .required("target", NUMBER, 90).required("direction", ENUM, "HIGHER_IS_BETTER")
                        .required("cadence", ENUM, "MONTHLY").required("ownerId", PERSON, LEAD)
                        .field("greenAt", NUMBER, null).field("redAt", NUMBER, null).field("kind", ENUM, "LEADING")
                        .field("priorityId", PRIORITY, o.priority()),
                Endpoint.of("POST", "/api/metrics/{metric}/values", LEAD).slot("metric", METRIC, o.metric())
                        .required("period", PERIOD, "2026-W10").required("value", NUMBER, 97.5)
                        .field("note", TEXT, "After the WAF"),
                Endpoint.of("PUT", "/api/metrics/{metric}/values/{period}", LEAD).slot("metric", METRIC, o.metric())
                        .slot("period", PERIOD, RECORDED_PERIOD)
                        .required("value", NUMBER, 12).required("reason", TEXT, "Typo"),
                Endpoint.of("PATCH", "/api/metrics/{metric}", LEAD).slot("metric", METRIC, o.metric())
                        .required("name", NAME, "Refused bad requests").field("unit", NAME, null)
                        .field("target", NUMBER, null).field("greenAt", NUMBER, null).field("redAt", NUMBER, null)
                        .field("kind", ENUM, null).field("priorityId", PRIORITY, null).field("reason", TEXT, null),
                Endpoint.of("POST", "/api/metrics/{metric}/owner", LEAD).slot("metric", METRIC, o.metric())
                        .required("newOwnerId", PERSON, MEMBER).field("reason", TEXT, "Hedda runs it"),
                Endpoint.of("POST", "/api/metrics/{metric}/retire", LEAD).slot("metric", METRIC, o.metric())
                        .required("reason", TEXT, "Replaced"),
                Endpoint.of("POST", "/api/check-ins", LEAD)
                        .field("leaderId", TEAM_PERSON, null).required("personId", PERSON, MEMBER)
                        .required("date", DATE, "2026-11-09").required("phase", ENUM, "TRACK")
                        .field("prioritiesReviewed", PRIORITIES, List.of(o.priority())).field("notes", TEXT, "Calm week")
                        .field("commitments", OBJECTS, null)
                        .required("commitments/0/text", TEXT, "Rotate the keys")
                        .required("commitments/0/dueDate", DATE, "2026-11-20"),
                Endpoint.of("POST", "/api/check-ins/{checkIn}/commitments/{number}/complete", LEAD)
                        .slot("checkIn", CHECK_IN, o.checkIn()).slot("number", INDEX, "1"),
                Endpoint.of("POST", "/api/check-ins/{checkIn}/commitments/{number}/drop", LEAD)
                        .slot("checkIn", CHECK_IN, o.checkIn()).slot("number", INDEX, "1")
                        .required("reason", TEXT, "Keys rotated by the vendor"),
                Endpoint.of("POST", "/api/admin/users", ADMIN)
                        .required("username", NEW_USERNAME, "hostile-newcomer").field("displayName", NAME, "Newcomer")
                        .required("roles", ROLES, List.of("LEADER")).required("password", PASSWORD, "correct-horse-battery"),
                Endpoint.of("POST", "/api/admin/users/{username}/disable", ADMIN).slot("username", USERNAME, REPORT),
                Endpoint.of("POST", "/api/admin/users/{username}/enable", ADMIN).slot("username", USERNAME, REPORT),
                Endpoint.of("PUT", "/api/admin/users/{username}/roles/{role}", ADMIN).slot("username", USERNAME, REPORT)
                        .slot("role", ENUM, "AUDITOR"),
                Endpoint.of("DELETE", "/api/admin/users/{username}/roles/{role}", ADMIN).slot("username", USERNAME, REPORT)
                        .slot("role", ENUM, "LEADER"),
                Endpoint.of("POST", "/api/admin/users/{username}/password", ADMIN).slot("username", USERNAME, REPORT)
                        .required("password", PASSWORD, "another-long-password"),
                Endpoint.of("POST", "/api/me/tokens", LEAD).required("name", NAME, "ci"),
                Endpoint.of("DELETE", "/api/me/tokens/{token}", LEAD).slot("token", TOKEN, UUID.randomUUID().toString()),
                Endpoint.of("POST", "/api/admin/projections/{name}/replay", ADMIN).slot("name", PROJECTION, "dashboard"),
                Endpoint.of("POST", "/api/admin/projections/{name}/release", ADMIN).slot("name", PROJECTION, "dashboard"));
    }

    /** Ids of the sender's own organisation, by kind, for an id of the wrong kind. */
    static Map<Kind, String> ownIds(Organisations o) {
        return Map.of(TEAM, o.team(), PRIORITY, o.priority(), METRIC, o.metric(), CHECK_IN, o.checkIn(),
                STUCK_ITEM, o.stuckItem(), ANY_PRIORITY, o.priority());
    }

    /** Ids of the other organisation, by kind. */
    static Map<Kind, String> otherIds(Organisations o) {
        return Map.of(TEAM, o.otherTeam(), PRIORITY, o.otherPriority(), METRIC, o.otherMetric(), CHECK_IN, o.otherCheckIn());
    }
}
