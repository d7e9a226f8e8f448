package io.throughline.bench;

import io.throughline.support.Api;
import io.throughline.support.PageSession;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Server time of the web pages over the seeded {@link Dataset}: each page fetched one at a time by a leader signed in
 * with the form (session cookie), the HTML read in full, over the loopback, so what is timed is the server's work.
 * The leader is an owner of the seeded priorities ({@link #OWNER}, about 14 of them over the year); {@code /me} is
 * also fetched by the bench's lead, who owns every seeded KPI: the heaviest week there is. Teams, quarters,
 * priorities and KPIs are drawn at random (a fixed seed). A page added to the web UI adds one line to {@link #pages}.
 * The seeded log holds no 1-on-1, decision or assessment: their pages are timed over a hundred teams, a thousand KPIs
 * and ten thousand priorities around them, with none of their own records.
 */
final class PageLatency {

    static final double TARGET_P95_MS = 100;
    /** An owner of a seventh of the root team's seeded priorities (Dataset names them owner-TEAM-N). */
    static final String OWNER = "owner-0-0";
    /** The first administrator, who may read the audit log and the administration page. */
    static final String ADMIN = "admin";

    /** A page: its name in run.json, what run.md calls it, who asks for it, and the path of its i-th request. */
    record Page(String name, String measure, String who, IntFunction<String> path) {
    }

    private PageLatency() {
    }

    static List<Page> pages(Dataset dataset, int requests) {
        Random random = new Random(20);
        String[] team = new String[requests];
        String[] quarter = new String[requests];
        String[] priority = new String[requests];
        String[] metric = new String[requests];
        for (int i = 0; i < requests; i++) {
            team[i] = dataset.teams.get(random.nextInt(dataset.teams.size())).value();
            quarter[i] = Dataset.QUARTERS.get(random.nextInt(Dataset.QUARTERS.size())).value();
            priority[i] = dataset.priorities.get(random.nextInt(dataset.priorities.size())).value();
            metric[i] = dataset.metrics.get(random.nextInt(dataset.metrics.size())).value();
        }
        return List.of(
                new Page("my_week", "My week (`/me`)", OWNER, i -> "/me"),
                new Page("my_week_of_every_kpi_owner", "My week of the owner of every KPI (`/me`)", BenchSuite.LEAD,
                        i -> "/me"),
                new Page("account", "Account (`/account`)", OWNER, i -> "/account"),
                new Page("dashboard", "Company dashboard (`/`)", OWNER, i -> "/?quarter=" + quarter[i]),
                new Page("team", "Team page (`/teams/{id}?quarter=`)", OWNER,
                        i -> "/teams/" + team[i] + "?quarter=" + quarter[i]),
                new Page("priority", "Priority page (`/priorities/{id}`)", OWNER, i -> "/priorities/" + priority[i]),
                new Page("metric", "KPI page (`/metrics/{id}`)", OWNER, i -> "/metrics/" + metric[i]),
                new Page("check_ins", "1-on-1s (`/check-ins`)", BenchSuite.LEAD, i -> "/check-ins"),
                new Page("decisions", "Decisions (`/teams/{id}/decisions`)", OWNER,
                        i -> "/teams/" + team[i] + "/decisions"),
                new Page("assessments", "Assessments (`/teams/{id}/assessments`)", OWNER,
                        i -> "/teams/" + team[i] + "/assessments"),
                new Page("audit", "Audit log (`/audit`), its first page of the whole log", ADMIN, i -> "/audit"),
                new Page("admin", "Administration (`/admin`)", ADMIN, i -> "/admin"));
    }

    static void measure(BenchService service, Dataset dataset, BenchSizes sizes, BenchReport.Findings findings)
            throws Exception {
        int samples = sizes.querySamples();
        new Api(service.port).as(OWNER);
        Map<String, PageSession> sessions = new HashMap<>();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target_p95_ms", TARGET_P95_MS);
        StringBuilder sizesOf = new StringBuilder();
        for (Page page : pages(dataset, samples + Math.max(1, samples / 10))) {
            PageSession leader = sessions.computeIfAbsent(page.who(),
                    who -> PageSession.signedIn(service.port, who,
                            who.equals(ADMIN) ? Api.ADMIN_PASSWORD : Api.passwordOf(who)));
            Map<String, Object> latencies = service.latencies(samples, page.path(), leader.client(), leader::request);
            latencies.put("signed_in_as", page.who());
            json.put(page.name(), latencies);
            long errors = (Long) latencies.get("errors");
            boolean met = errors == 0 && latencies.containsKey("p95_ms") && (double) latencies.get("p95_ms") < TARGET_P95_MS;
            findings.check(new BenchReport.Check("Page " + page.measure(), describe(latencies)
                    + (errors == 0 ? "" : String.format(Locale.ROOT, " (%d errors, first: %s)", errors,
                    latencies.get("first_error"))), "—", "—", String.format(Locale.ROOT, "p95 < %.0f ms", TARGET_P95_MS),
                    met));
            sizesOf.append(sizesOf.isEmpty() ? "" : ", ").append(page.name()).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", (Long) latencies.get("mean_response_chars")));
        }
        findings.put("page_latency", json);
        findings.details(String.format(Locale.ROOT, "%nPage latency: %d requests per page after %d unmeasured, one at a "
                        + "time, as %s (the owner of some seeded priorities) or %s (the owner of every seeded KPI) "
                        + "signed in with the form, on the same data; mean page sizes in characters: %s.%n",
                samples, Math.max(1, samples / 10), OWNER, BenchSuite.LEAD, sizesOf));
    }

    /** "p50 1.2 ms, p95 3.4 ms"; "none" without samples. */
    private static String describe(Map<String, Object> latencies) {
        return latencies.containsKey("p50_ms") ? String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms",
                latencies.get("p50_ms"), latencies.get("p95_ms")) : "none";
    }
}
