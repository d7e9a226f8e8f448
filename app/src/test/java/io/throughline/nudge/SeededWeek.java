package io.throughline.nudge;

import io.throughline.support.Api;
import io.throughline.support.EventTime;
import io.throughline.support.StartedService;
import io.throughline.support.TestClock;
import org.springframework.context.ConfigurableApplicationContext;
import org.threeten.extra.MutableClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month of a small harbour company, told day by day up to the morning its week 49 digests are due (Monday
 * 30 November 2026, 08:00 UTC, the default): Hana leads Harbour Co, Milo and Noor are its members. What each should
 * find in their digest is in {@link #MILO} and {@link #HANA}; Noor has nothing due.
 */
final class SeededWeek {

    static final Instant BEFORE_THE_DIGESTS = Instant.parse("2026-11-30T07:59:00Z");
    /**
     * The service's clock, the same for every node of a test, moved by the test. It stands just before the digests
     * while the month is told (its events carry their own days), so that no earlier week's digests go out.
     */
    static final MutableClock CLOCK = TestClock.CLOCK;
    static final Instant DIGEST_TIME = Instant.parse("2026-11-30T08:00:30Z");
    static final String BASE_URL = "https://throughline.example.com";

    final String company;
    final String kpi;
    final String pier;
    final String hiring;

    /** Each person's digest as its lines (sections and items) should read, with the ids of this seeding. */
    List<String> milo() {
        return List.of("KPI values to record",
                "- Record Ships unloaded for Week 48 (23–29 Nov)",
                "  " + BASE_URL + "/metrics/" + kpi,
                "Priorities",
                "- “Open the north pier”: is due Fri 4 Dec, no status report for 28 days",
                "  " + BASE_URL + "/priorities/" + pier,
                "Commitments",
                "- “Send the berth plan” was due Fri 27 Nov",
                "  " + BASE_URL + "/me#commitments",
                "- “Book the crane inspection” is due Thu 3 Dec",
                "  " + BASE_URL + "/me#commitments");
    }

    List<String> hana() {
        return List.of("Teams you lead",
                "- Harbour Co has not held its huddle this week",
                "  " + BASE_URL + "/teams/" + company + "/huddle",
                "- No check-in with Noor Aziz yet",
                "  " + BASE_URL + "/check-ins/noor",
                "- Stuck for 21 days in Harbour Co: “Crane permit”",
                "  " + BASE_URL + "/teams/" + company + "/huddle");
    }

    static final String MILO = "milo@harbour.test";
    static final String HANA = "hana@harbour.test";
    static final String NOOR = "noor@harbour.test";

    private SeededWeek(String company, String kpi, String pier, String hiring) {
        this.company = company;
        this.kpi = kpi;
        this.pier = pier;
        this.hiring = hiring;
    }

    /** The service on the database, on the tests' clock, sending by SMTP to the port, linking to {@link #BASE_URL}. */
    static ConfigurableApplicationContext node(String database, int smtpPort, String... moreArguments) {
        List<String> arguments = new ArrayList<>(List.of("--spring.mail.host=localhost", "--spring.mail.port=" + smtpPort,
                "--throughline.nudges.base-url=" + BASE_URL));
        arguments.addAll(List.of(moreArguments));
        // A look every second unless the test says otherwise (a setting given twice would be read as a list).
        if (arguments.stream().noneMatch(argument -> argument.startsWith("--throughline.nudges.check-every="))) {
            arguments.add("--throughline.nudges.check-every=1s");
        }
        return StartedService.on(database, new Class<?>[]{TestClock.class}, arguments.toArray(String[]::new));
    }

    /**
     * Tells the month through the API, each event at its day. Milo chooses e-mail and chat; the team's webhook, if
     * given, is set by Hana. Ends at {@link #BEFORE_THE_DIGESTS}, once the read models have it all.
     */
    static SeededWeek tell(Api admin, String webhook) {
        at("2026-11-02T09:00:00Z");
        person(admin, "hana", "Hana Ito", HANA);
        person(admin, "milo", "Milo Berg", MILO);
        person(admin, "noor", "Noor Aziz", NOOR);
        String company = admin.company("Harbour Co", "hana");
        Api hana = admin.as("hana");
        Api milo = admin.as("milo");
        for (String member : List.of("milo", "noor")) {
            ok(hana.post("/api/teams/" + company + "/members", Map.of("personId", member)));
        }
        ok(milo.send("PUT", "/api/me/notifications", Map.of("email", true, "chat", true, "digest", true,
                "notices", true)));
        if (webhook != null) {
            ok(hana.send("PUT", "/api/teams/" + company + "/webhook", Map.of("url", webhook)));
        }
        String kpi = hana.create("/api/metrics", Map.of("teamId", company, "name", "Ships unloaded", "unit", "ships",
                "target", 40, "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", "milo"));
        String pier = hana.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Open the north pier", "ownerId", "milo", "dueDate", "2026-12-04"));
        String hiring = hana.create("/api/priorities", Map.of("teamId", company, "quarter", "2026-Q4",
                "title", "Hire two crane operators", "ownerId", "hana", "dueDate", "2026-12-31"));

        at("2026-11-09T10:00:00Z");
        ok(hana.post("/api/teams/" + company + "/huddles", Map.of("date", "2026-11-09",
                "attendeeIds", List.of("hana", "milo", "noor"),
                "stuck", List.of(Map.of("description", "Crane permit", "ownerId", "hana")))));

        at("2026-11-20T14:00:00Z");
        ok(hana.post("/api/check-ins", Map.of("personId", "milo", "date", "2026-11-20", "phase", "TRACK",
                "commitments", List.of(
                        Map.of("text", "Send the berth plan", "dueDate", "2026-11-27"),
                        Map.of("text", "Book the crane inspection", "dueDate", "2026-12-03"),
                        Map.of("text", "Draft the winter roster", "dueDate", "2026-12-10")))));

        at("2026-11-25T10:00:00Z");
        ok(hana.post("/api/priorities/" + hiring + "/status", Map.of("status", "ON_TRACK",
                "comment", "two interviews booked", "confidence", 7)));

        now(BEFORE_THE_DIGESTS);
        eventually(() -> assertThat(hana.get("/api/check-ins?personId=milo").body()).hasSize(1));
        eventually(() -> assertThat(hana.get("/api/priorities/" + hiring).body().path("status").asText())
                .isEqualTo("ON_TRACK"));
        return new SeededWeek(company, kpi, pier, hiring);
    }

    /** When the next events happen: the instant Axon stamps them with. */
    private static void at(String instant) {
        EventTime.at(instant);
    }

    /** Both clocks, the events' and the service's, at the instant. */
    static void now(Instant instant) {
        EventTime.at(instant);
        CLOCK.setInstant(instant);
    }

    /** The events' clock back to real time, the service's to where a next test's month starts. */
    static void realTime() {
        EventTime.realTime();
        CLOCK.setInstant(BEFORE_THE_DIGESTS);
    }

    private static void person(Api admin, String username, String name, String email) {
        Api.Response created = admin.post("/api/admin/users", Map.of("username", username, "displayName", name,
                "roles", List.of("LEADER"), "password", Api.passwordOf(username), "email", email));
        assertThat(created.status()).as(created.body().toString()).isIn(201, 409);
    }

    static Api.Response ok(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isBetween(200, 204);
        return response;
    }
}
