package io.throughline.bench;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What every benchmark needs: percentiles, and its results written to target/bench as Markdown and JSON. */
final class BenchReport {

    private BenchReport() {
    }

    static double percentile(double[] values, double percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(percentile / 100.0 * sorted.length) - 1];
    }

    /** Count, p50, p95, p99 and maximum of latencies in milliseconds; only the count when there are none. */
    static Map<String, Object> latencies(double[] millis) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("count", millis.length);
        if (millis.length > 0) {
            summary.put("p50_ms", percentile(millis, 50));
            summary.put("p95_ms", percentile(millis, 95));
            summary.put("p99_ms", percentile(millis, 99));
            summary.put("max_ms", Arrays.stream(millis).max().orElse(0));
        }
        return summary;
    }

    /** "p50 1.2 ms, p99 3.4 ms" from {@link #latencies}; "none" without samples. */
    static String describe(Map<String, Object> latencies) {
        return latencies.containsKey("p50_ms") ? String.format(Locale.ROOT, "p50 %.1f ms, p99 %.1f ms",
                latencies.get("p50_ms"), latencies.get("p99_ms")) : "none";
    }

    /**
     * One line of a report's summary: a figure, what it is set against in the same run (or "—"), the ratio of the two
     * where one is asked for, the target, and whether the target is met.
     */
    record Check(String measure, String result, String baseline, String ratio, String target, boolean met) {

        Map<String, Object> asJson() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("measure", measure);
            json.put("result", result);
            json.put("baseline", baseline);
            json.put("ratio", ratio);
            json.put("target", target);
            json.put("met", met);
            return json;
        }
    }

    /**
     * What the sections of a run add to its report: their checks for the summary table, their figures for the JSON,
     * and paragraphs of Markdown that follow the table.
     */
    record Findings(List<Check> checks, Map<String, Object> results, StringBuilder details) {

        Findings() {
            this(new java.util.ArrayList<>(), new LinkedHashMap<>(), new StringBuilder());
        }

        void check(Check check) {
            checks.add(check);
        }

        void put(String name, Object figures) {
            results.put(name, figures);
        }

        void details(String markdown) {
            details.append(markdown);
        }
    }

    static String table(List<Check> checks) {
        StringBuilder table = new StringBuilder("| Measure | Result | Baseline, same run | Ratio | Target | Met |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Check check : checks) {
            table.append("| ").append(String.join(" | ", check.measure(), check.result(), check.baseline(),
                    check.ratio(), check.target(), check.met() ? "yes" : "**no**")).append(" |\n");
        }
        return table.toString();
    }

    static void write(String name, String markdown, Map<String, Object> results) throws IOException {
        write(Path.of("target", "bench"), name, markdown, results);
    }

    static void write(Path directory, String name, String markdown, Map<String, Object> results) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(name + ".md"), markdown);
        Files.writeString(directory.resolve(name + ".json"),
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(results));
        System.out.print(markdown);
    }
}
