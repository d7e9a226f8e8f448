package io.throughline;

import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.support.Api;
import io.throughline.support.EventLog;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint, tried by every kind of caller: carla leads the company, sam leads sales below it, mia leads
 * marketing beside sales, owen belongs to inbound below sales and owns the priority and the KPI in sales, audrey
 * audits, ana analyses, admin administers.
 * Each try gets fresh things to act on; a refused try stores no event.
 */
@ThroughlineIntegrationTest
class AuthorisationTest {

    private static final List<String> CALLERS = List.of("anonymous", "admin", "carla", "sam", "mia", "owen", "audrey", "ana");
    private static final Set<String> LEADERS_ABOVE = Set.of("carla", "sam");
    private static final Set<String> OWNER_OR_LEADERS = Set.of("carla", "sam", "owen");
    /** Owen belongs to inbound, where the huddle is held. */
    private static final Set<String> LEADERS_ABOVE_AND_MEMBERS = Set.of("carla", "sam", "owen");
    private static final Set<String> ORGANISERS = Set.of("admin", "carla", "sam");
    private static final Set<String> ADMINS = Set.of("admin");
    private static final Set<String> ADMINS_AND_LEADERS_ABOVE = Set.of("admin", "carla", "sam");
    private static final Set<String> ADMINS_LEADERS_ABOVE_AND_MEMBERS = Set.of("admin", "carla", "sam", "owen");
    private static final Set<String> LEADERS_AND_ADMINS = Set.of("admin", "carla", "sam", "mia", "owen");
    /** The check-in made for a try is sam's with owen. */
    private static final Set<String> CHECK_IN_PAIR = Set.of("sam", "owen");
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;

    Api admin;
    String company;
    String sales;
    String companyPriority;

    /** What a try acts on, made fresh by sam (or the admin) before it. */
    record Targets(String inbound, String outbound, String priority, String droppedPriority, String metric, Period recorded, int n) {
    }

    /** One write request. */
    record Request(String method, String path, Object body) {
    }

    @BeforeEach
    void organisation() {
        admin = new Api(port);
        company = admin.company("Acme " + UNIQUE.incrementAndGet(), "carla");
        Api carla = admin.as("carla");
        // Named by the tries: a new team's lead and member, a check-in's person.
        admin.people("sam", "mia", "owen", "rory", "mel", "rea");
        sales = carla.create("/api/teams", Map.of("name", "Sales", "parentTeamId", company));
        String marketing = carla.create("/api/teams", Map.of("name", "Marketing", "parentTeamId", company));
        carla.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", "sam"));
        carla.send("PUT", "/api/teams/" + marketing + "/lead", Map.of("personId", "mia"));
        account("audrey", "AUDITOR");
        account("ana", "ANALYST");
        companyPriority = carla.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Grow", "ownerId", "carla"));
    }

    static Stream<Arguments> tries() {
        List<Object[]> endpoints = List.of(
                endpoint("assign a priority", LEADERS_ABOVE, (t, self) -> new Request("POST", "/api/priorities",
                        Map.of("teamId", self.sales, "quarter", "2026-Q4", "title", "T" + t.n(), "ownerId", "owen"))),
                endpoint("change a priority", LEADERS_ABOVE, (t, self) -> new Request("PATCH",
                        "/api/priorities/" + t.priority(), Map.of("title", "Changed " + t.n(), "reason", "plans moved"))),
                endpoint("reassign a priority", LEADERS_ABOVE, (t, self) -> new Request("POST",
                        "/api/priorities/" + t.priority() + "/owner", Map.of("newOwnerId", "sam", "reason", "cover"))),
                endpoint("realign a priority", LEADERS_ABOVE, (t, self) -> new Request("POST",
                        "/api/priorities/" + t.priority() + "/parent",
                        "{\"newParentPriorityId\": null, \"reason\": \"plans moved\"}")),
                endpoint("drop a priority", LEADERS_ABOVE, (t, self) -> new Request("POST",
                        "/api/priorities/" + t.priority() + "/drop", Map.of("reason", "no longer needed"))),
                endpoint("reinstate a priority", LEADERS_ABOVE, (t, self) -> new Request("POST",
                        "/api/priorities/" + t.droppedPriority() + "/reinstate", Map.of("reason", "needed again"))),
                endpoint("report a priority's status", OWNER_OR_LEADERS, (t, self) -> new Request("POST",
                        "/api/priorities/" + t.priority() + "/status", Map.of("status", "AT_RISK"))),
                endpoint("complete a priority", OWNER_OR_LEADERS, (t, self) -> new Request("POST",
                        "/api/priorities/" + t.priority() + "/complete", null)),
                endpoint("frame a plan", LEADERS_ABOVE, (t, self) -> new Request("POST", "/api/teams/" + t.inbound() + "/plan",
                        Map.of("quarter", "2026-Q4", "outcome", "A win"))),
                endpoint("record an assessment", LEADERS_ABOVE, (t, self) -> new Request("POST",
                        "/api/teams/" + t.inbound() + "/assessments",
                        Map.of("dimension", "TEAM_DYNAMICS", "score", 3.5, "respondents", 4, "date", "2026-11-02"))),
                endpoint("define a KPI", LEADERS_ABOVE, (t, self) -> new Request("POST", "/api/metrics", Map.of(
                        "teamId", self.sales, "name", "K" + t.n(), "target", 1, "direction", "HIGHER_IS_BETTER",
                        "cadence", "WEEKLY", "ownerId", "owen"))),
                endpoint("change a KPI", LEADERS_ABOVE, (t, self) -> new Request("PATCH", "/api/metrics/" + t.metric(),
                        Map.of("name", "Renamed " + t.n()))),
                endpoint("reassign a KPI", LEADERS_ABOVE, (t, self) -> new Request("POST",
                        "/api/metrics/" + t.metric() + "/owner", Map.of("newOwnerId", "sam"))),
                endpoint("retire a KPI", LEADERS_ABOVE, (t, self) -> new Request("POST",
                        "/api/metrics/" + t.metric() + "/retire", Map.of("reason", "obsolete"))),
                endpoint("record a KPI value", OWNER_OR_LEADERS, (t, self) -> new Request("POST",
                        "/api/metrics/" + t.metric() + "/values", Map.of("period", t.recorded().previous().value(), "value", 2))),
                endpoint("correct a KPI value", OWNER_OR_LEADERS, (t, self) -> new Request("PUT",
                        "/api/metrics/" + t.metric() + "/values/" + t.recorded(), Map.of("value", 7, "reason", "typo"))),
                endpoint("hold a huddle", LEADERS_ABOVE_AND_MEMBERS, (t, self) -> new Request("POST", "/api/teams/" + t.inbound() + "/huddles",
                        Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "facilitatorId", "owen",
                                "priorityUpdates", List.of(Map.of("priorityId", t.priority(), "status", "AT_RISK"))))),
                endpoint("resolve a stuck item", OWNER_OR_LEADERS, (t, self) -> new Request("POST", "/api/teams/"
                        + t.inbound() + "/huddles/stuck/" + self.stuckItemIn(t.inbound()) + "/resolve",
                        Map.of("resolution", "unblocked"))),
                endpoint("register a team", ORGANISERS, (t, self) -> new Request("POST", "/api/teams",
                        Map.of("name", "New " + t.n(), "parentTeamId", self.sales))),
                endpoint("rename a team", ORGANISERS, (t, self) -> new Request("PATCH", "/api/teams/" + t.inbound(),
                        Map.of("name", "Renamed " + t.n()))),
                endpoint("move a team", ORGANISERS, (t, self) -> new Request("POST", "/api/teams/" + t.inbound() + "/parent",
                        Map.of("newParentTeamId", t.outbound()))),
                endpoint("appoint a lead", ORGANISERS, (t, self) -> new Request("PUT", "/api/teams/" + t.inbound() + "/lead",
                        Map.of("personId", "rory"))),
                endpoint("add a member", ORGANISERS, (t, self) -> new Request("POST", "/api/teams/" + t.inbound() + "/members",
                        Map.of("personId", "mel"))),
                endpoint("remove a member", ORGANISERS, (t, self) -> new Request("DELETE",
                        "/api/teams/" + t.inbound() + "/members/owen", null)),
                endpoint("define a decision right", ADMINS_AND_LEADERS_ABOVE, (t, self) -> new Request("POST",
                        "/api/teams/" + t.inbound() + "/decision-rights",
                        Map.of("category", "pricing", "holderRole", "LEAD", "mode", "DECIDE"))),
                endpoint("redefine a decision right", ADMINS_AND_LEADERS_ABOVE, (t, self) -> new Request("PUT",
                        "/api/teams/" + t.inbound() + "/decision-rights",
                        Map.of("category", "pricing", "personId", "owen", "mode", "CONSULT"))),
                endpoint("revoke a decision right", ADMINS_AND_LEADERS_ABOVE, (t, self) -> new Request("DELETE",
                        self.rightDefinedOn(t.inbound()), null)),
                endpoint("record a decision", ADMINS_LEADERS_ABOVE_AND_MEMBERS, (t, self) -> new Request("POST",
                        "/api/teams/" + t.inbound() + "/decisions",
                        Map.of("category", "pricing", "title", "T" + t.n(), "decision", "Up 4%", "deciderId", "owen"))),
                endpoint("record one's own check-in", LEADERS_AND_ADMINS, (t, self) -> new Request("POST",
                        "/api/check-ins", Map.of("personId", "rea", "date", "2026-11-02", "phase", "TRACK"))),
                endpoint("record sam's check-in", Set.of("admin", "sam"), (t, self) -> new Request("POST",
                        "/api/check-ins", Map.of("leaderId", "sam", "personId", "rea", "date", "2026-11-02",
                                "phase", "TRACK"))),
                endpoint("complete a commitment", CHECK_IN_PAIR, (t, self) -> new Request("POST",
                        "/api/check-ins/" + self.checkInWithOwen() + "/commitments/1/complete", null)),
                endpoint("drop a commitment", CHECK_IN_PAIR, (t, self) -> new Request("POST",
                        "/api/check-ins/" + self.checkInWithOwen() + "/commitments/1/drop", Map.of("reason", "moot"))),
                endpoint("create an account", ADMINS, (t, self) -> new Request("POST", "/api/admin/users", Map.of(
                        "username", "user" + t.n(), "roles", List.of("ANALYST"), "password", "long-enough-password"))));
        return endpoints.stream().flatMap(endpoint -> CALLERS.stream().map(caller -> Arguments.of(
                Named.of(endpoint[0] + " as " + caller, caller), endpoint[1], endpoint[2])));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tries")
    void eachCallerGetsWhatTheRulesSay(String caller, Set<String> allowed,
                                       BiFunction<Targets, AuthorisationTest, Request> request) {
        Request tried = request.apply(freshTargets(), this);
        long eventsBefore = new EventLog(sql).allEvents();

        Api.Response answer = callerApi(caller).send(tried.method(), tried.path(), tried.body());

        int expected = caller.equals("anonymous") ? 401 : allowed.contains(caller) ? 2 : 403;
        if (expected == 2) {
            assertThat(answer.status() / 100).as("%s %s: %s", tried.method(), tried.path(), answer.body()).isEqualTo(2);
        } else {
            assertThat(answer.status()).as("%s %s: %s", tried.method(), tried.path(), answer.body()).isEqualTo(expected);
            assertThat(new EventLog(sql).allEvents()).as("events stored").isEqualTo(eventsBefore);
        }
    }

    private Targets freshTargets() {
        int n = UNIQUE.incrementAndGet();
        Api sam = admin.as("sam");
        String inbound = admin.create("/api/teams", Map.of("name", "Inbound " + n, "parentTeamId", sales));
        String outbound = admin.create("/api/teams", Map.of("name", "Outbound " + n, "parentTeamId", sales));
        admin.post("/api/teams/" + inbound + "/members", Map.of("personId", "owen"));
        String priority = sam.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "P" + n, "ownerId", "owen", "parentPriorityId", companyPriority));
        String dropped = sam.create("/api/priorities", Map.of("teamId", sales, "quarter", "2026-Q4",
                "title", "D" + n, "ownerId", "owen"));
        sam.post("/api/priorities/" + dropped + "/drop", Map.of("reason", "set-up"));
        String metric = sam.create("/api/metrics", Map.of("teamId", sales, "name", "M" + n, "target", 1,
                "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "owen"));
        Period recorded = Period.of(Cadence.WEEKLY, LocalDate.of(2026, 11, 2));
        sam.post("/api/metrics/" + metric + "/values", Map.of("period", recorded.value(), "value", 1));
        return new Targets(inbound, outbound, priority, dropped, metric, recorded, n);
    }

    /** A stuck item raised by sam in a huddle of the team, open. */
    private String stuckItemIn(String team) {
        Api sam = admin.as("sam");
        Api.Response held = sam.post("/api/teams/" + team + "/huddles", Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(),
                "facilitatorId", "owen", "stuck", List.of(Map.of("description", "blocked", "ownerId", "owen"))));
        assertThat(held.status()).as(held.body().toString()).isEqualTo(201);
        return eventually(() -> sam.get("/api/teams/" + team + "/huddles").body().get("openStuckItems"),
                items -> items.size() == 1).get(0).get("itemId").asText();
    }

    /** A right for the try to revoke; returns the path that revokes it. */
    private String rightDefinedOn(String team) {
        assertThat(admin.post("/api/teams/" + team + "/decision-rights",
                Map.of("category", "pricing", "personId", "owen", "mode", "INFORM")).status()).isEqualTo(204);
        return "/api/teams/" + team + "/decision-rights?category=pricing&personId=owen";
    }

    /** A fresh check-in of sam with owen, with one open commitment. */
    private String checkInWithOwen() {
        return admin.as("sam").create("/api/check-ins", Map.of("personId", "owen", "date", "2026-11-02", "phase", "COACH",
                "commitments", List.of(Map.of("text", "Call a customer", "dueDate", "2026-11-09"))));
    }

    private Api callerApi(String caller) {
        return switch (caller) {
            case "anonymous" -> admin.anonymous();
            case "admin" -> admin;
            default -> admin.as(caller);
        };
    }

    private void account(String username, String role) {
        Api.Response created = admin.post("/api/admin/users", Map.of("username", username, "roles", List.of(role),
                "password", Api.passwordOf(username)));
        assertThat(created.status()).isIn(201, 409);
    }

    private static Object[] endpoint(String name, Set<String> allowed,
                                     BiFunction<Targets, AuthorisationTest, Request> request) {
        return new Object[]{name, allowed, request};
    }
}
