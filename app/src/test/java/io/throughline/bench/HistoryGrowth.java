package io.throughline.bench;

import io.throughline.command.metric.MetricProperties;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordMetric;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * 2. History growth: the latency of one RecordMetric on a metric with 10, 1,000 and 100,000 earlier readings
 * ({@link BenchSizes#history()}, seeded with the {@link Dataset}), through the command gateway with snapshots and the
 * aggregate cache as in production. Warm-up rounds first (the first load of a seeded metric replays its whole history
 * and schedules its first snapshot), then measured rounds, each one command per size in turn, so that JIT compilation,
 * garbage collection and database caches treat every size alike. The ratio is of the p50s, largest ÷ smallest.
 * <p>
 * For contrast, not a target: the same command on the largest metric after deleting its snapshots and evicting it
 * from the cache, which replays every event: what snapshots and cache save.
 */
final class HistoryGrowth {

    private HistoryGrowth() {
    }

    @SuppressWarnings("unchecked")
    static void measure(BenchService service, Dataset dataset, BenchSizes sizes, BenchReport.Findings findings)
            throws InterruptedException {
        CommandGateway commands = service.context.getBean(CommandGateway.class);
        MetricId[] metrics = dataset.historyMetrics;
        int[] readings = dataset.historySizes;
        int[] nextWeek = java.util.Arrays.stream(readings).map(Dataset::weeksOf).toArray();
        for (int round = 0; round < sizes.historyWarmUp(); round++) {
            for (int s = 0; s < metrics.length; s++) {
                commands.sendAndWait(recordWeek(metrics[s], nextWeek[s]++));
            }
        }
        double[][] latencies = new double[metrics.length][sizes.historyCommands()];
        for (int round = 0; round < sizes.historyCommands(); round++) {
            for (int s = 0; s < metrics.length; s++) {
                RecordMetric command = recordWeek(metrics[s], nextWeek[s]++);
                long start = System.nanoTime();
                commands.sendAndWait(command);
                latencies[s][round] = (System.nanoTime() - start) / 1e6;
            }
        }
        int largest = metrics.length - 1;
        double[] cold = coldLoads(service, metrics[largest], nextWeek[largest], sizes.coldLoads());

        Map<String, Object> json = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n## History growth: RecordMetric by past "
                + "readings%n%n| Past readings | p50 | p99 | mean |%n|---:|---:|---:|---:|%n"));
        for (int s = 0; s < metrics.length; s++) {
            Map<String, Object> summary = BenchReport.latencies(latencies[s]);
            summary.put("mean_ms", Arrays.stream(latencies[s]).average().orElse(0));
            json.put("history_" + readings[s], summary);
            table.append(String.format(Locale.ROOT, "| %,d | %.2f ms | %.2f ms | %.2f ms |%n", readings[s],
                    summary.get("p50_ms"), summary.get("p99_ms"), summary.get("mean_ms")));
        }
        double p50Ratio = BenchReport.percentile(latencies[largest], 50) / BenchReport.percentile(latencies[0], 50);
        double p99Ratio = BenchReport.percentile(latencies[largest], 99) / BenchReport.percentile(latencies[0], 99);
        json.put("p50_ratio_largest_to_smallest", p50Ratio);
        json.put("p99_ratio_largest_to_smallest", p99Ratio);
        json.put("without_snapshot_or_cache_ms", Arrays.stream(cold).boxed().toList());
        json.put("commands_per_size", sizes.historyCommands());
        json.put("warm_up_rounds", sizes.historyWarmUp());
        json.put("snapshot_every", service.context.getBean(MetricProperties.class).snapshotEvery());
        findings.put("history_growth", json);

        findings.check(new BenchReport.Check(String.format(Locale.ROOT, "History growth: RecordMetric with %,d past "
                        + "readings", readings[largest]),
                BenchReport.describe((Map<String, Object>) json.get("history_" + readings[largest])),
                String.format(Locale.ROOT, "%s with %,d", BenchReport.describe(
                        (Map<String, Object>) json.get("history_" + readings[0])), readings[0]),
                String.format(Locale.ROOT, "%.2f (p99 %.2f)", p50Ratio, p99Ratio), "p50 ratio ≤ 1.5", p50Ratio <= 1.5));
        findings.details(table.append(String.format(Locale.ROOT, "%n%d commands per size through the command gateway, "
                        + "interleaved across sizes, after %d warm-up rounds; a snapshot every %s events, aggregate "
                        + "cache on. The same command on the %,d-reading metric with its snapshots deleted and its "
                        + "cached copy evicted (every event replayed): %s ms.%n", sizes.historyCommands(),
                sizes.historyWarmUp(), json.get("snapshot_every"),
                readings[largest] + nextWeek[largest] - Dataset.weeksOf(readings[largest]),
                Arrays.stream(cold).mapToObj(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList())).toString());
    }

    /** Each time: drop the snapshots and the cached copy, then time one command, which must replay every event. */
    private static double[] coldLoads(BenchService service, MetricId metric, int firstWeek, int loads)
            throws InterruptedException {
        JdbcTemplate sql = service.context.getBean(JdbcTemplate.class);
        Cache cache = service.context.getBean("metricCache", Cache.class);
        ThreadPoolTaskExecutor snapshotter = service.context.getBean("snapshotExecutor", ThreadPoolTaskExecutor.class);
        double[] latencies = new double[loads];
        for (int i = 0; i < loads; i++) {
            // A snapshot still being written would come back after the delete.
            while (snapshotter.getActiveCount() > 0 || !snapshotter.getThreadPoolExecutor().getQueue().isEmpty()) {
                Thread.sleep(20);
            }
            sql.update("delete from snapshot_event_entry where aggregate_identifier = ?", metric.value());
            cache.removeAll();
            RecordMetric command = recordWeek(metric, firstWeek + i);
            long start = System.nanoTime();
            service.context.getBean(CommandGateway.class).sendAndWait(command);
            latencies[i] = (System.nanoTime() - start) / 1e6;
        }
        return latencies;
    }

    private static RecordMetric recordWeek(MetricId metric, int week) {
        return new RecordMetric(metric, Period.of(Cadence.WEEKLY, Dataset.HISTORY_FIRST_WEEK.plusWeeks(week)),
                BigDecimal.valueOf(week % 97), null);
    }
}
