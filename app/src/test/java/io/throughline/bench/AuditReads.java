package io.throughline.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The auditors' reads over the whole log, seeded {@link Dataset} included (issue 10 sets no targets for them; they came
 * from the former bench/audit.sh): verifying the hash chain from the first event to the last (events/s), a filtered
 * page of the audit trail (p50/p99), and the full CSV export, streamed and counted (rows/s).
 */
final class AuditReads {

    private AuditReads() {
    }

    static void measure(BenchService service, Dataset dataset, BenchSizes sizes, BenchReport.Findings findings)
            throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();

        long start = System.nanoTime();
        JsonNode verification = service.getJson("/api/audit/verify");
        double verifySeconds = (System.nanoTime() - start) / 1e9;
        long verified = verification.path("verified").asLong();
        json.put("chain_verified_events", verified);
        json.put("chain_first_broken_at", verification.path("firstBrokenAt").isNull() ? null
                : verification.path("firstBrokenAt").asLong());
        json.put("chain_verify_seconds", verifySeconds);
        json.put("chain_verify_events_per_second", verified / verifySeconds);

        Random random = new Random(4);
        int samples = sizes.querySamples();
        String[] team = new String[samples + Math.max(1, samples / 10)];
        for (int i = 0; i < team.length; i++) {
            team[i] = dataset.teams.get(random.nextInt(dataset.teams.size())).value();
        }
        Map<String, Object> page = service.latencies(samples,
                i -> "/api/audit?size=50&teamId=" + team[i] + "&type=PriorityStatusUpdated&page=" + (i % 5));
        json.put("audit_page", page);

        start = System.nanoTime();
        long[] exported = export(service);
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        json.put("csv_rows", exported[0]);
        json.put("csv_megabytes", exported[1] / 1e6);
        json.put("csv_seconds", exportSeconds);
        json.put("csv_rows_per_second", exported[0] / exportSeconds);
        findings.put("audit_reads", json);

        findings.details(String.format(Locale.ROOT, "%n## Audit reads over the whole log (no target in issue 10)%n%n"
                        + "| Read | Result |%n|---|---|%n"
                        + "| Hash-chain verification (`GET /api/audit/verify`) | %,d events in %.1f s: %,.0f events/s%s |%n"
                        + "| Audit page, 50 status reports of a team (`GET /api/audit?teamId=&type=&page=`) | %s%s |%n"
                        + "| CSV export of the whole trail (`GET /api/audit`, text/csv) | %,d rows, %.0f MB in %.1f s: "
                        + "%,.0f rows/s |%n", verified, verifySeconds, verified / verifySeconds,
                json.get("chain_first_broken_at") == null ? ", intact" : ", **broken at " + json.get("chain_first_broken_at") + "**",
                BenchReport.describe(page), (Long) page.get("errors") == 0 ? "" : " (" + page.get("errors")
                        + " errors, first: " + page.get("first_error") + ")", exported[0], exported[1] / 1e6, exportSeconds, exported[0] / exportSeconds));
    }

    /** Reads the whole export as it streams, counting rows (header apart) and bytes without keeping them. */
    private static long[] export(BenchService service) throws Exception {
        HttpResponse<InputStream> response = service.send(service.request("/api/audit").header("Accept", "text/csv")
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the CSV export answered " + response.statusCode());
        }
        long rows = -1;
        long bytes = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[65_536];
            for (int read; (read = in.read(buffer)) > 0; ) {
                bytes += read;
                for (int i = 0; i < read; i++) {
                    rows += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return new long[]{rows, bytes};
    }
}
