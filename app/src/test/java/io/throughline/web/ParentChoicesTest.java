package io.throughline.web;

import io.throughline.support.Api;
import io.throughline.support.PageSession;
import io.throughline.support.ThroughlineIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.throughline.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Serves" choices of the pages are the parents the command side accepts: the open priorities of the quarter of
 * every team above, up to the root, and nothing else.
 */
@ThroughlineIntegrationTest
class ParentChoicesTest {

    private static final AtomicInteger UNIQUE = new AtomicInteger();

    @LocalServerPort
    int port;

    @Test
    void aPriorityTwoLevelsDownIsOfferedTheRootTeamsPrioritiesAndTheDomainAcceptsThem() {
        int n = UNIQUE.incrementAndGet();
        String boss = "cora" + n;
        Api admin = new Api(port);
        Api lead = admin.as(boss);
        String company = admin.company("Cascade Co " + n, boss);
        String sales = lead.create("/api/teams", Map.of("name", "Cascade Sales " + n, "parentTeamId", company));
        String nordics = lead.create("/api/teams", Map.of("name", "Cascade Nordics " + n, "parentTeamId", sales));
        String ops = lead.create("/api/teams", Map.of("name", "Cascade Ops " + n, "parentTeamId", company));
        // the founder still leads the Nordics and Ops herself, so she may own priorities at every level
        assertThat(lead.send("PUT", "/api/teams/" + nordics + "/lead", Map.of("personId", boss)).status()).isEqualTo(204);
        assertThat(lead.send("PUT", "/api/teams/" + ops + "/lead", Map.of("personId", boss)).status()).isEqualTo(204);
        String grow = assign(lead, boss, company, "2026-Q4", "Grow ARR " + n, null);
        String dropped = assign(lead, boss, company, "2026-Q4", "Old bet " + n, null);
        assertThat(lead.post("/api/priorities/" + dropped + "/drop", Map.of("reason", "no longer")).status()).isEqualTo(200);
        assign(lead, boss, company, "2027-Q1", "Next year " + n, null);
        String win = assign(lead, boss, sales, "2026-Q4", "Win the Nordics " + n, grow);
        assign(lead, boss, ops, "2026-Q4", "Beside " + n, null);
        String local = assign(lead, boss, nordics, "2026-Q4", "Open Oslo " + n, win);

        // the choices come with the assign form, which only a leader is offered
        PageSession pages = PageSession.signedIn(port, boss, Api.passwordOf(boss));
        String teamPage = eventually(() -> choices(pages.get("/teams/" + nordics + "?quarter=2026-Q4").body(),
                "parentPriorityId"), offered -> offered.contains("Win the Nordics " + n));
        assertThat(teamPage).contains("label=\"Cascade Co " + n + "\"", "Grow ARR " + n,
                        "label=\"Cascade Sales " + n + "\"", "Win the Nordics " + n)
                .doesNotContain("Old bet", "Next year", "Beside", "Open Oslo");
        assertThat(teamPage.indexOf("Cascade Sales")).as("the nearest team first").isLessThan(teamPage.indexOf("Cascade Co"));

        String priorityPage = eventually(() -> choices(pages.get("/priorities/" + local).body(), "newParentPriorityId"),
                offered -> offered.contains("Win the Nordics " + n));
        assertThat(priorityPage).contains("Grow ARR " + n, "Win the Nordics " + n)
                .doesNotContain("Old bet", "Next year", "Beside", "Open Oslo");

        assertThat(lead.post("/api/priorities/" + local + "/parent", Map.of("reason", "plans moved", "newParentPriorityId", grow)).status())
                .as("what is offered is accepted").isEqualTo(200);
    }

    private static String assign(Api lead, String owner, String team, String quarter, String title, String parent) {
        Map<String, Object> body = new HashMap<>(Map.of("teamId", team, "quarter", quarter, "title", title,
                "ownerId", owner));
        if (parent != null) {
            body.put("parentPriorityId", parent);
        }
        return lead.create("/api/priorities", body);
    }

    /** The HTML of the named select: its option groups and options. */
    private static String choices(String page, String selectName) {
        Matcher select = Pattern.compile("<select name=\"" + selectName + "\">(.*?)</select>", Pattern.DOTALL).matcher(page);
        assertThat(select.find()).as("a select named " + selectName).isTrue();
        return select.group(1);
    }
}
