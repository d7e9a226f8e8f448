package io.throughline.bench;

import io.throughline.ThroughlineApplication;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * History growth: the cost of one RecordMetric on a metric with 10, 1,000 and 100,000 earlier readings, on the real
 * service (embedded PostgreSQL, JPA event store, snapshots and cache as configured). For contrast, the same command
 * on the largest metric once its snapshots and cached copy are gone: the cost snapshots and cache save.
 * <p>
 * Run with {@code bench/metric-history.sh}; writes target/bench/metric-history.md and .json.
 */
public final class MetricHistoryBenchmark {

    private static final int[] HISTORY_SIZES = {10, 1_000, 100_000};
    private static final int MEASURED_COMMANDS = 300;
    private static final int WARM_UP_COMMANDS = 200;
    private static final int COLD_LOADS = 5;
    private static final LocalDate FIRST_WEEK = LocalDate.of(2000, 1, 3);

    private final CommandGateway commands;
    private final JdbcTemplate sql;
    private final Cache cache;

    private MetricHistoryBenchmark(ConfigurableApplicationContext context) {
        this.commands = context.getBean(CommandGateway.class);
        this.sql = context.getBean(JdbcTemplate.class);
        this.cache = context.getBean("metricCache", Cache.class);
    }

    public static void main(String[] args) throws IOException {
        Path data = Files.createTempDirectory("throughline-bench-pg");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ThroughlineApplication.class)
                .run("--server.port=0", "--throughline.embedded-postgres.port=0",
                        "--throughline.embedded-postgres.data-directory=" + data, "--logging.level.root=WARN")) {
            new MetricHistoryBenchmark(context).run();
        }
    }

    /**
     * Seeds one metric per history size, warms up on all of them, then measures them in interleaved rounds so that
     * JIT compilation, garbage collection and database caches treat every size alike.
     */
    private void run() throws IOException {
        TeamId team = new TeamId(UUID.randomUUID().toString());
        commands.sendAndWait(new RegisterTeam(team, "Bench", null));
        MetricId[] metrics = new MetricId[HISTORY_SIZES.length];
        int[] nextWeek = new int[HISTORY_SIZES.length];
        double[] seedSeconds = new double[HISTORY_SIZES.length];
        for (int s = 0; s < HISTORY_SIZES.length; s++) {
            metrics[s] = define(team);
            long start = System.nanoTime();
            record(metrics[s], 0, HISTORY_SIZES[s]);
            seedSeconds[s] = (System.nanoTime() - start) / 1e9;
            nextWeek[s] = HISTORY_SIZES[s];
        }
        for (int round = 0; round < WARM_UP_COMMANDS; round++) {
            for (int s = 0; s < metrics.length; s++) {
                commands.sendAndWait(recordWeek(metrics[s], nextWeek[s]++));
            }
        }
        double[][] latencies = new double[metrics.length][MEASURED_COMMANDS];
        for (int round = 0; round < MEASURED_COMMANDS; round++) {
            for (int s = 0; s < metrics.length; s++) {
                RecordMetric command = recordWeek(metrics[s], nextWeek[s]++);
                long start = System.nanoTime();
                commands.sendAndWait(command);
                latencies[s][round] = (System.nanoTime() - start) / 1e6;
            }
        }

        Map<String, Object> results = new LinkedHashMap<>();
        StringBuilder report = new StringBuilder("# History growth: RecordMetric latency by past readings\n\n")
                .append("| past readings | seeding (s) | p50 (ms) | p99 (ms) | mean (ms) |\n|---:|---:|---:|---:|---:|\n");
        for (int s = 0; s < metrics.length; s++) {
            double p50 = BenchReport.percentile(latencies[s], 50);
            double p99 = BenchReport.percentile(latencies[s], 99);
            double mean = Arrays.stream(latencies[s]).average().orElse(0);
            results.put("history_" + HISTORY_SIZES[s], Map.of("seeding_s", seedSeconds[s], "p50_ms", p50,
                    "p99_ms", p99, "mean_ms", mean));
            report.append(String.format(Locale.ROOT, "| %,d | %.1f | %.2f | %.2f | %.2f |%n", HISTORY_SIZES[s],
                    seedSeconds[s], p50, p99, mean));
        }
        int largest = metrics.length - 1;
        double ratio = BenchReport.percentile(latencies[largest], 50) / BenchReport.percentile(latencies[0], 50);
        results.put("p50_ratio_largest_to_smallest", ratio);
        report.append(String.format(Locale.ROOT, "%nRatio of p50 latency, %,d ÷ %,d readings: %.2f%n",
                HISTORY_SIZES[largest], HISTORY_SIZES[0], ratio));

        double[] cold = coldLoads(metrics[largest], nextWeek[largest]);
        results.put("without_snapshot_or_cache_ms", Arrays.stream(cold).boxed().toList());
        report.append(String.format(Locale.ROOT, "%nThe same command on the %,d-reading metric after deleting its "
                + "snapshots and evicting it from the cache (full replay): %s ms%n", nextWeek[largest],
                Arrays.stream(cold).mapToObj(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList()));
        report.append(String.format(Locale.ROOT, "%n%d commands measured per size, interleaved across sizes, after "
                + "%d warm-up rounds; snapshot every %s events; %d cores; Java %s.%n", MEASURED_COMMANDS,
                WARM_UP_COMMANDS, System.getProperty("throughline.metric.snapshot-every", "500"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")));
        BenchReport.write("metric-history", report.toString(), results);
    }

    private MetricId define(TeamId team) {
        MetricId metric = new MetricId(UUID.randomUUID().toString());
        commands.sendAndWait(new DefineMetric(metric, team, "Readings", "count", BigDecimal.TEN,
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, new PersonId("bench"), null, null, null, null));
        return metric;
    }

    private void record(MetricId metric, int firstWeek, int count) {
        for (int week = firstWeek; week < firstWeek + count; week++) {
            commands.sendAndWait(recordWeek(metric, week));
        }
    }

    /** Each time: drop the snapshots and the cached copy, then time one command, which must replay every event. */
    private double[] coldLoads(MetricId metric, int firstWeek) {
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < COLD_LOADS; i++) {
            sql.update("delete from snapshot_event_entry where aggregate_identifier = ?", metric.value());
            cache.removeAll();
            RecordMetric command = recordWeek(metric, firstWeek + i);
            long start = System.nanoTime();
            commands.sendAndWait(command);
            latencies.add((System.nanoTime() - start) / 1e6);
        }
        return latencies.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static RecordMetric recordWeek(MetricId metric, int week) {
        return new RecordMetric(metric, Period.of(Cadence.WEEKLY, FIRST_WEEK.plusWeeks(week)), BigDecimal.valueOf(week % 97), null);
    }
}
