package io.throughline.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much data the sections on a long history work on. {@link #FULL} holds issue 10's sizes; the smoke test passes
 * {@link #SMOKE}; {@code bench/run.sh} takes any of them as {@code --bench.NAME=VALUE} (names as in {@link #parse}).
 *
 * @param priorities      priorities in the seeded organisation (about 100 per team, a quarter each, over a year)
 * @param metricValues    metric values in the seeded log, the history-growth metrics' included
 * @param history         past readings of the metrics that history growth records on, smallest first
 * @param historyCommands commands measured per history size, after as many warm-up rounds as {@code historyWarmUp}
 * @param historyWarmUp   warm-up rounds of history growth (one command per size each)
 * @param coldLoads       commands on the largest metric with its snapshots and cached copy gone (full replay)
 * @param querySamples    samples per query in query latency and audit reads, after a tenth as many for warm-up
 * @param rebuildLimitSeconds how long replay waits for the projections to reach the head before reporting what it got
 * @param replayEndpoint  whether replay, once the projections have caught up, also rebuilds the dashboard and audit
 *                        projections through the admin API's replay endpoint and times that too (off by default:
 *                        it takes as long again)
 */
record BenchSizes(int priorities, int metricValues, int[] history, int historyCommands, int historyWarmUp,
                  int coldLoads, int querySamples, int rebuildLimitSeconds, boolean replayEndpoint) {

    static final BenchSizes FULL = new BenchSizes(10_000, 1_000_000, new int[]{10, 1_000, 100_000}, 300, 200, 3, 200,
            900, false);
    static final BenchSizes SMOKE = new BenchSizes(8, 150, new int[]{10, 30, 100}, 10, 5, 1, 5, 60, false);

    /** Priorities per team in the seeded organisation: 25 a quarter. */
    static final int PRIORITIES_PER_TEAM = 100;
    /** KPIs per team in the seeded organisation. */
    static final int METRICS_PER_TEAM = 10;

    int teams() {
        return Math.max(2, (priorities + PRIORITIES_PER_TEAM - 1) / PRIORITIES_PER_TEAM);
    }

    /** These sizes with every {@code --bench.NAME=VALUE} of the arguments applied; other arguments are ignored. */
    BenchSizes parse(List<String> arguments) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String argument : arguments) {
            if (argument.startsWith("--bench.")) {
                String[] setting = argument.substring("--bench.".length()).split("=", 2);
                if (setting.length != 2) {
                    throw new IllegalArgumentException("expected --bench.NAME=VALUE, got " + argument);
                }
                given.put(setting[0], setting[1].replace("_", ""));
            }
        }
        List<String> known = List.of("priorities", "metric-values", "history", "history-commands", "history-warm-up",
                "cold-loads", "query-samples", "rebuild-limit", "replay-endpoint");
        given.keySet().stream().filter(name -> !known.contains(name)).findFirst().ifPresent(name -> {
            throw new IllegalArgumentException("unknown benchmark setting --bench." + name + "; known: " + known);
        });
        BenchSizes sizes = new BenchSizes(number(given, "priorities", priorities),
                number(given, "metric-values", metricValues),
                given.containsKey("history") ? Arrays.stream(given.get("history").split(","))
                        .mapToInt(Integer::parseInt).sorted().toArray() : history,
                number(given, "history-commands", historyCommands), number(given, "history-warm-up", historyWarmUp),
                number(given, "cold-loads", coldLoads), number(given, "query-samples", querySamples),
                number(given, "rebuild-limit", rebuildLimitSeconds),
                given.containsKey("replay-endpoint") ? Boolean.parseBoolean(given.get("replay-endpoint")) : replayEndpoint);
        if (sizes.history.length < 2 || Arrays.stream(sizes.history).sum() > sizes.metricValues) {
            throw new IllegalArgumentException("--bench.history needs two sizes or more, together no more than "
                    + "--bench.metric-values");
        }
        return sizes;
    }

    private static int number(Map<String, String> given, String name, int otherwise) {
        return given.containsKey(name) ? Integer.parseInt(given.get(name)) : otherwise;
    }

    Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("priorities", priorities);
        json.put("teams", teams());
        json.put("metric_values", metricValues);
        json.put("history", Arrays.stream(history).boxed().toList());
        json.put("history_commands", historyCommands);
        json.put("history_warm_up", historyWarmUp);
        json.put("cold_loads", coldLoads);
        json.put("query_samples", querySamples);
        json.put("rebuild_limit_s", rebuildLimitSeconds);
        json.put("replay_endpoint", replayEndpoint);
        return json;
    }
}
