package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measured progress as leaders read it: in words beside a bar on the priority page, with the measures behind it, and
 * an on-track priority far behind among the optimistic ones on the company dashboard. The quarter is long gone
 * (2025-Q4), so all of it is expected by today whatever day the test runs.
 */
@ThroughlineIntegrationTest
class ProgressPageTest extends BrowserTest {

    private static final String QUARTER = "2025-Q4";
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @Test
    void theProgressReadsInWordsAndAnOptimisticPriorityIsFlaggedOnTheDashboard() {
        int n = UNIQUE.incrementAndGet();
        String maria = "maria-bar" + n;
        Api admin = new Api(port);
        String company = admin.company("Bar Co " + n, maria);
        Api boss = admin.as(maria);
        String grow = boss.create("/api/priorities", Map.of("teamId", company, "quarter", QUARTER,
                "title", "Grow ARR " + n, "ownerId", maria));
        String sales = boss.create("/api/teams", Map.of("name", "Sales " + n, "parentTeamId", company));
        assertThat(boss.send("PUT", "/api/teams/" + sales + "/lead", Map.of("personId", maria)).status()).isEqualTo(204);
        String win = boss.create("/api/priorities", Map.of("teamId", sales, "quarter", QUARTER,
                "title", "Win logos " + n, "ownerId", maria, "parentPriorityId", grow));
        String arr = boss.create("/api/metrics", Map.of("teamId", sales, "name", "ARR " + n, "target", 100,
                "direction", "HIGHER_IS_BETTER", "cadence", "WEEKLY", "ownerId", maria, "priorityId", win,
                "baseline", 0));
        assertThat(boss.post("/api/metrics/" + arr + "/values", Map.of("period", "2025-W45", "value", 62)).status())
                .isEqualTo(201);
        assertThat(boss.post("/api/priorities/" + win + "/status", Map.of("status", "ON_TRACK")).status())
                .isEqualTo(200);

        signIn(maria);
        eventually(() -> {
            open("/priorities/" + win);
            assertThat(textOf("#progress")).contains("62% done, 100% expected by today");
        });
        assertThat(textOf("#optimistic")).isEqualTo("Optimistic: reported on track while more than 25 points behind");
        assertThat(textOf("#measured-by")).contains("KPI: ARR " + n + " · 62% · weight 1");
        photograph("priority-progress");
        assertReadable(browser);
        assertAccessible(browser);

        reveal("#weights input[name=weight]");
        fill("#weights input[name=weight]", "0");
        submit("#weights");
        assertThat(textOf("#measured-by .error")).contains("more than 0 and at most 100");
        assertReadable(browser);
        assertAccessible(browser);

        open("/teams/" + sales + "?quarter=" + QUARTER);
        assertThat(textOf("#priority-" + win + " .row-progress")).contains("62% done, 100% expected by today")
                .contains("optimistic");
        photograph("team-progress");
        assertReadable(browser);

        open("/priorities/" + grow);
        assertThat(textOf("#progress")).contains("62% done, 100% expected by today");
        assertThat(textOf("#measured-by")).contains("Aligned priority: Win logos " + n + " · 62% · weight 1");

        eventually(() -> {
            open("/?quarter=" + QUARTER);
            assertThat(textOf("#optimistic-list")).contains("Win logos " + n + " (Sales " + n
                    + ") · 62% done, 100% expected by today");
        });
        assertThat(textOf("#optimistic")).contains("optimistic")
                .contains("Priorities reported on track while their measured progress is more than 25 points behind");
        assertThat(textOf("#branch-" + grow + " .node")).contains("62% done, 100% expected by today");
        photograph("dashboard-progress");
        assertReadable(browser);
        assertAccessible(browser);
    }
}
