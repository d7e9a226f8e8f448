package io.throughline.bench;

import io.throughline.support.Api;
import io.throughline.support.PageSession;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Server time of the web pages over the seeded {@link Dataset}: each page fetched one at a time by a leader signed in
 * with the form (session cookie), the HTML read in full, over the loopback, so what is timed is the server's work.
 * The leader is the bench's lead, who owns every seeded KPI. Teams, quarters, priorities and KPIs are drawn at
 * random (a fixed seed). A page added to the web UI adds one line to {@link #pages}.
 */
final class PageLatency {

    static final double TARGET_P95_MS = 100;

    /** A page: its name in run.json, what run.md calls it, and the path of its i-th request. */
    record Page(String name, String measure, IntFunction<String> path) {
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
                new Page("my_week", "My week (`/me`)", i -> "/me"),
                new Page("account", "Account (`/account`)", i -> "/account"),
                new Page("dashboard", "Company dashboard (`/`)", i -> "/?quarter=" + quarter[i]),
                new Page("team", "Team page (`/teams/{id}?quarter=`)", i -> "/teams/" + team[i] + "?quarter=" + quarter[i]),
                new Page("priority", "Priority page (`/priorities/{id}`)", i -> "/priorities/" + priority[i]),
                new Page("metric", "KPI page (`/metrics/{id}`)", i -> "/metrics/" + metric[i]));
    }

    static void measure(BenchService service, Dataset dataset, BenchSizes sizes, BenchReport.Findings findings)
            throws Exception {
        int samples = sizes.querySamples();
        PageSession leader = PageSession.signedIn(service.port, BenchSuite.LEAD, Api.passwordOf(BenchSuite.LEAD));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("signed_in_as", BenchSuite.LEAD);
        json.put("target_p95_ms", TARGET_P95_MS);
        StringBuilder sizesOf = new StringBuilder();
        for (Page page : pages(dataset, samples + Math.max(1, samples / 10))) {
            Map<String, Object> latencies = service.latencies(samples, page.path(), leader.client(), leader::request);
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
                        + "time, as %s signed in with the form, on the same data; mean page sizes in characters: %s.%n",
                samples, Math.max(1, samples / 10), BenchSuite.LEAD, sizesOf));
    }

    /** "p50 1.2 ms, p95 3.4 ms"; "none" without samples. */
    private static String describe(Map<String, Object> latencies) {
        return latencies.containsKey("p50_ms") ? String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms",
                latencies.get("p50_ms"), latencies.get("p95_ms")) : "none";
    }
}
