package io.throughline.bench;

import io.throughline.kernel.Quarter;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * 5. Query latency over the seeded {@link Dataset}, one request at a time over HTTP with an admin's personal access
 * token, the body read in full: a team's dashboard for a quarter, the company roll-up of a quarter, a priority's
 * history, and a team's plan, the company roll-up and a team's scorecard as of an instant anywhere in the year of
 * history. Teams, quarters, priorities and instants are drawn at random (a fixed seed, so every run asks the same).
 */
final class QueryLatency {

    private QueryLatency() {
    }

    static void measure(BenchService service, Dataset dataset, BenchSizes sizes, BenchReport.Findings findings)
            throws Exception {
        int samples = sizes.querySamples();
        int total = samples + Math.max(1, samples / 10);
        Random random = new Random(10);
        String[] team = new String[total];
        String[] quarter = new String[total];
        String[] priority = new String[total];
        Instant[] asOf = new Instant[total];
        long year = Duration.between(Dataset.YEAR_START, Dataset.YEAR_END).toSeconds();
        for (int i = 0; i < total; i++) {
            team[i] = dataset.teams.get(random.nextInt(dataset.teams.size())).value();
            quarter[i] = Dataset.QUARTERS.get(random.nextInt(Dataset.QUARTERS.size())).value();
            priority[i] = dataset.priorities.get(random.nextInt(dataset.priorities.size())).value();
            asOf[i] = Dataset.YEAR_START.plusSeconds((long) (random.nextDouble() * year));
        }

        Map<String, Object> json = new LinkedHashMap<>();
        // Stopped after a cut-off rebuild, they stand where replay left them.
        Map<String, Long> positions = new LinkedHashMap<>(dataset.projectedTo);
        service.projections().stream().filter(projection -> projection.position() != null)
                .forEach(projection -> positions.put(projection.name(), projection.position()));
        boolean whole = positions.values().stream().allMatch(position -> position != null && position >= dataset.lastSequence);
        json.put("read_models_whole", whole);
        json.put("projection_positions", positions);
        json.put("priorities", dataset.priorities.size());
        json.put("metric_values", dataset.metricValues);
        measure(service, findings, json, "team_dashboard", "Team dashboard (`GET /api/teams/{id}/dashboard?quarter=`)",
                samples, i -> "/api/teams/" + team[i] + "/dashboard?quarter=" + quarter[i], 20);
        // Issue 25's target for the roll-up, whose answer is the whole quarter (1.5 MB at 10,000 priorities).
        measure(service, findings, json, "company_roll_up", "Company roll-up (`GET /api/dashboard?quarter=`)",
                samples, i -> "/api/dashboard?quarter=" + quarter[i], 50);
        measure(service, findings, json, "priority_history", "Priority history (`GET /api/priorities/{id}/history`)",
                samples, i -> "/api/priorities/" + priority[i] + "/history", 20);
        measure(service, findings, json, "plan_as_of", "Plan as of an instant of the year "
                        + "(`GET /api/teams/{id}/plan?quarter=&asOf=`)", samples,
                i -> "/api/teams/" + team[i] + "/plan?quarter=" + quarterOf(asOf[i]) + "&asOf=" + asOf[i], 200);
        measure(service, findings, json, "company_roll_up_as_of", "Company roll-up as of an instant of the year "
                + "(`GET /api/dashboard?quarter=&asOf=`)", samples,
                i -> "/api/dashboard?quarter=" + quarterOf(asOf[i]) + "&asOf=" + asOf[i], 200);
        measure(service, findings, json, "scorecard_as_of", "Team scorecard as of an instant of the year "
                + "(`GET /api/teams/{id}/scorecard?asOf=`)", samples,
                i -> "/api/teams/" + team[i] + "/scorecard?asOf=" + asOf[i], 200);
        findings.put("query_latency", json);
        findings.details(String.format(Locale.ROOT, "%nQuery latency: %d requests per query after %d unmeasured, one "
                        + "at a time, on %,d priorities (%d teams, %d a quarter each) and %,d metric values; teams, "
                        + "quarters, priorities and instants drawn at random. Mean response sizes: team dashboard "
                        + "%s, roll-up %s, history %s, plan as of %s, roll-up as of %s, scorecard as of %s characters.%n",
                samples, Math.max(1, samples / 10),
                dataset.priorities.size(), dataset.teams.size(), dataset.priorities.size() / dataset.teams.size() / 4,
                dataset.metricValues, size(json, "team_dashboard"), size(json, "company_roll_up"),
                size(json, "priority_history"), size(json, "plan_as_of"), size(json, "company_roll_up_as_of"),
                size(json, "scorecard_as_of"))
                + (whole ? "" : String.format(Locale.ROOT, "**The read models were not whole**: projections at %s of %d.%n",
                positions, dataset.lastSequence)));
    }

    private static void measure(BenchService service, BenchReport.Findings findings, Map<String, Object> json,
                                String name, String measure, int samples, IntFunction<String> path, double targetMillis)
            throws Exception {
        Map<String, Object> latencies = service.latencies(samples, path);
        json.put(name, latencies);
        long errors = (Long) latencies.get("errors");
        findings.check(new BenchReport.Check(measure, BenchReport.describe(latencies)
                + (errors == 0 ? "" : String.format(Locale.ROOT, " (%d errors, first: %s)", errors, latencies.get("first_error"))),
                "—", "—", String.format(Locale.ROOT, "p99 < %.0f ms", targetMillis),
                errors == 0 && latencies.containsKey("p99_ms") && (double) latencies.get("p99_ms") < targetMillis));
    }

    private static String quarterOf(Instant instant) {
        return Quarter.of(instant.atZone(ZoneOffset.UTC).toLocalDate()).value();
    }

    @SuppressWarnings("unchecked")
    private static String size(Map<String, Object> json, String name) {
        return String.format(Locale.ROOT, "%,d", (Long) ((Map<String, Object>) json.get(name)).get("mean_response_chars"));
    }
}
