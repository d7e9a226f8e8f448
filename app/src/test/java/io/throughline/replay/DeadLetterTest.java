package io.throughline.replay;

import com.fasterxml.jackson.databind.JsonNode;
import io.throughline.kernel.Change;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.support.Api;
import io.throughline.support.PageSession;
import io.throughline.support.ThroughlineIntegrationTest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection with a bug that throws on one event: the event is parked in the dead-letter queue in PostgreSQL with
 * the later events of its aggregate behind it, everything else goes on, /admin shows it, and after the fix a retry
 * handles the parked events in order and empties the queue. The broken projection is the test's own, in a processing
 * group of its own with the dead-letter queue switched on as application.yml does for the real ones.
 */
@ThroughlineIntegrationTest
@TestPropertySource(properties = {
        "axon.eventhandling.processors.poisoned.mode=tracking",
        "axon.eventhandling.processors.poisoned.dlq.enabled=true",
        "axon.eventhandling.processors.poisoned.dlq.cache.enabled=true"})
class DeadLetterTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate sql;
    @Autowired
    PoisonedProjection poisoned;

    @Test
    void aFailingEventIsParkedWithItsAggregatesLaterEventsAndRetriedInOrderAfterTheFix() {
        Api admin = new Api(port);
        String team = admin.company("Parked Co", "dexter");
        Api dexter = admin.as("dexter");
        String alpha = priority(dexter, team, "Alpha");
        String beta = priority(dexter, team, "Beta");
        poisoned.chokeOn("Alpha v2");

        retitle(dexter, alpha, "Alpha v2");
        retitle(dexter, alpha, "Alpha v3");
        retitle(dexter, beta, "Beta v2");

        // The other events of the broken projection go on; the real projections handle everything.
        eventually(() -> {
            assertThat(poisoned.handled()).contains("Beta v2").doesNotContain("Alpha v2", "Alpha v3");
            assertThat(dexter.get("/api/priorities/" + alpha).body().get("title").asText()).isEqualTo("Alpha v3");
            assertThat(sql.queryForObject("select count(*) from audit_entry where aggregate_id = ?", Long.class, alpha))
                    .as("the audit trail has all three events of alpha").isEqualTo(3);
        });
        assertThat(sql.queryForList("select sequence_number from dead_letter_entry where processing_group = 'poisoned' "
                + "and aggregate_identifier = ? order by sequence_index", Long.class, alpha))
                .as("the failed event and the one queued behind it, in order").containsExactly(1L, 2L);

        JsonNode parked = admin.get("/api/admin/projections/poisoned/dead-letters").body();
        assertThat(parked).hasSize(2);
        assertThat(parked.get(0).get("sequence").asText()).isEqualTo(alpha);
        assertThat(parked.get(0).get("eventType").asText()).isEqualTo("PriorityChanged");
        assertThat(parked.get(0).get("aggregateId").asText()).isEqualTo(alpha);
        assertThat(parked.get(0).get("aggregateVersion").asLong()).isEqualTo(1);
        assertThat(parked.get(0).get("cause").asText()).isEqualTo("IllegalStateException: cannot handle 'Alpha v2'");
        assertThat(parked.get(0).get("enqueuedAt").isTextual()).isTrue();
        assertThat(parked.get(0).get("retries").asInt()).isZero();
        assertThat(parked.get(1).get("aggregateVersion").asLong()).isEqualTo(2);
        assertThat(parked.get(1).get("cause").isNull()).as("it only waits behind the first").isTrue();
        assertThat(statusOf(admin, "poisoned").get("deadLetters").asLong()).isEqualTo(2);
        assertThat(statusOf(admin, "dashboard").get("deadLetters").asLong()).isZero();

        // Retried before the fix: it fails again, stays parked, and the failure is counted.
        JsonNode tooSoon = admin.post("/api/admin/projections/poisoned/dead-letters/retry", "").body();
        assertThat(tooSoon.get("sequences").asLong()).isEqualTo(1);
        assertThat(tooSoon.get("cleared").asLong()).isZero();
        assertThat(tooSoon.get("remaining").asLong()).isEqualTo(2);
        assertThat(admin.get("/api/admin/projections/poisoned/dead-letters").body().get(0).get("retries").asInt())
                .isEqualTo(1);
        assertThat(poisoned.handled()).doesNotContain("Alpha v2", "Alpha v3");

        PageSession page = PageSession.admin(port);
        String adminPage = page.get("/admin").body();
        assertThat(adminPage).contains("id=\"dead-letters-poisoned\"", "id=\"retry-poisoned\"",
                "IllegalStateException: cannot handle &#39;Alpha v2&#39;", "waits behind the one before");

        poisoned.fixed();
        HttpResponse<String> retried = page.post("/admin/projections/poisoned/dead-letters/retry", "");
        assertThat(retried.statusCode()).isEqualTo(302);

        List<String> handled = poisoned.handled();
        assertThat(handled.subList(handled.indexOf("Beta v2"), handled.size()))
                .as("the parked events, handled in their order").containsExactly("Beta v2", "Alpha v2", "Alpha v3");
        assertThat(admin.get("/api/admin/projections/poisoned/dead-letters").body()).isEmpty();
        assertThat(sql.queryForObject("select count(*) from dead_letter_entry", Long.class)).isZero();
        assertThat(page.get("/admin").body()).contains("id=\"no-dead-letters\"");

        // The aggregate's next event is handled at once again.
        retitle(dexter, alpha, "Alpha v4");
        eventually(() -> assertThat(poisoned.handled()).endsWith("Alpha v4"));
    }

    @Test
    void onlyProjectionsThatParkEventsCanBeRetried() {
        Api admin = new Api(port);

        assertThat(admin.get("/api/admin/projections/nonsense/dead-letters").status()).isEqualTo(404);
        assertThat(admin.get("/api/admin/projections/integrity/dead-letters").body()).isEmpty();
        Api.Response integrity = admin.post("/api/admin/projections/integrity/dead-letters/retry", "");
        assertThat(integrity.status()).isEqualTo(409);
        assertThat(integrity.contentType()).isEqualTo("application/problem+json");
        assertThat(admin.as("dexter").get("/api/admin/projections/dashboard/dead-letters").status()).isEqualTo(403);
    }

    private static String priority(Api leader, String team, String title) {
        return leader.create("/api/priorities", Map.of("teamId", team, "quarter", "2026-Q4", "title", title,
                "ownerId", "dexter"));
    }

    private static void retitle(Api leader, String priority, String title) {
        assertThat(leader.send("PATCH", "/api/priorities/" + priority, Map.of("reason", "plans moved", "title", title)).status()).isEqualTo(200);
    }

    private static JsonNode statusOf(Api admin, String projection) {
        for (JsonNode status : admin.get("/api/admin/projections").body()) {
            if (status.get("name").asText().equals(projection)) {
                return status;
            }
        }
        throw new AssertionError("no projection " + projection);
    }

    @TestConfiguration
    static class PoisonedProjectionConfiguration {

        @Bean
        PoisonedProjection poisonedProjection() {
            return new PoisonedProjection();
        }
    }

    /** Records the titles it was given, and throws on one until it is fixed. */
    @ProcessingGroup("poisoned")
    static class PoisonedProjection {

        private final List<String> handled = new CopyOnWriteArrayList<>();
        private volatile String poison;

        @EventHandler
        void on(PriorityChanged event) {
            String title = Change.valueAfter(event.title(), null);
            if (title != null && title.equals(poison)) {
                throw new IllegalStateException("cannot handle '" + title + "'");
            }
            handled.add(title);
        }

        void chokeOn(String title) {
            poison = title;
        }

        void fixed() {
            poison = null;
        }

        List<String> handled() {
            return List.copyOf(handled);
        }
    }
}
