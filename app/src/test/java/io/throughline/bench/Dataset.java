package io.throughline.bench;

import io.throughline.command.DirectoryBackfill;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.plan.PlanFramed;
import io.throughline.kernel.plan.PlanKey;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The long history that replay, query latency, audit reads and history growth work on, appended straight to the
 * event log ({@link EventLogWriter}) while the projections are stopped, so that their catch-up afterwards is a
 * rebuild of all of them from these events alone.
 * <p>
 * An organisation of {@link BenchSizes#teams()} teams (one root team, the others below it) with a year, {@value #YEAR},
 * of plans: each team frames each quarter's plan and has {@link BenchSizes#PRIORITIES_PER_TEAM} priorities, a quarter's
 * worth each, those below the root aligned to a root priority of their quarter. Every priority is assigned at the start
 * of its quarter, gets a weekly status report for twelve weeks and one change of title: 14 events. Each team has
 * {@link BenchSizes#METRICS_PER_TEAM} weekly KPIs sharing the metric values left after history growth's metrics (one
 * per size of {@link BenchSizes#history()}, on the root team), each value in its own week, going back from the end
 * of {@value #YEAR}. In the log, the organisation comes first, then the KPIs' values, then history growth's metrics.
 */
final class Dataset {

    static final int YEAR = 2025;
    static final Instant YEAR_START = LocalDate.of(YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    static final Instant YEAR_END = YEAR_START.plus(Duration.ofDays(365));
    static final List<Quarter> QUARTERS = List.of(new Quarter(YEAR + "-Q1"), new Quarter(YEAR + "-Q2"),
            new Quarter(YEAR + "-Q3"), new Quarter(YEAR + "-Q4"));
    /** The first week of history growth's metrics; each reading is the next week, up to {@link #HISTORY_MAX_WEEKS}. */
    static final LocalDate HISTORY_FIRST_WEEK = LocalDate.of(2000, 1, 3);
    /**
     * Weeks of readings a history metric records at most; its readings past them correct those weeks again, in order.
     * Weekly periods end at {@link io.throughline.kernel.Limits#LATEST_DATE}: 100,000 weeks from 2000 would reach 3916.
     */
    private static final int HISTORY_MAX_WEEKS = 40_000;
    private static final int STATUS_WEEKS = 12;
    private static final int CHANGED_IN_WEEK = 6;
    private static final PriorityStatus[] CYCLE = {PriorityStatus.ON_TRACK, PriorityStatus.AT_RISK};

    final List<TeamId> teams = new ArrayList<>();
    final List<PriorityId> priorities = new ArrayList<>();
    /** The teams' KPIs (not history growth's, whose long series no page shows in full). */
    final List<MetricId> metrics = new ArrayList<>();
    final MetricId[] historyMetrics;
    final int[] historySizes;
    /** Where each projection stood once replay was done with them: at {@link #lastSequence} unless cut off. */
    final Map<String, Long> projectedTo = new LinkedHashMap<>();
    long firstSequence;
    long lastSequence;
    long events;
    long priorityEvents;
    long metricValues;
    double seedSeconds;

    private Dataset(int[] historySizes) {
        this.historySizes = historySizes;
        this.historyMetrics = new MetricId[historySizes.length];
    }

    /** Seeds the history and answers what it holds; the figures go into the results under "dataset". */
    static Dataset seed(BenchService service, BenchSizes sizes, Map<String, Object> results) throws SQLException {
        Dataset dataset = new Dataset(sizes.history());
        dataset.firstSequence = service.head() + 1;
        long start = System.nanoTime();
        try (EventLogWriter log = new EventLogWriter(service)) {
            dataset.write(log, sizes);
            dataset.events = log.appended();
        }
        dataset.seedSeconds = (System.nanoTime() - start) / 1e9;
        // Appended around the service, so its subscribing handlers never saw the teams and priorities: the command
        // side learns them as it would those of a log that predates its directories. Not part of the seeding time.
        service.context.getBean(DirectoryBackfill.class).refold();
        dataset.lastSequence = service.head();

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("events", dataset.events);
        json.put("first_global_index", dataset.firstSequence);
        json.put("last_global_index", dataset.lastSequence);
        json.put("teams", dataset.teams.size());
        json.put("priorities", dataset.priorities.size());
        json.put("priority_events", dataset.priorityEvents);
        json.put("metrics", sizes.teams() * BenchSizes.METRICS_PER_TEAM + sizes.history().length);
        json.put("metric_values", dataset.metricValues);
        json.put("seconds", dataset.seedSeconds);
        json.put("events_per_second", dataset.events / dataset.seedSeconds);
        json.put("how", "JDBC batches straight into domain_event_entry (reWriteBatchedInserts), the service's event "
                + "serializer, projections stopped");
        results.put("dataset", json);
        return dataset;
    }

    /**
     * The organisation first (teams, plans, priorities), then the KPIs' values, then history growth's metrics: should
     * the rebuild be cut off, the projections have the organisation whole and only part of the values.
     */
    private void write(EventLogWriter log, BenchSizes sizes) throws SQLException {
        TeamId root = new TeamId(UUID.randomUUID().toString());
        int teamCount = sizes.teams();
        List<List<PriorityId>> rootPriorities = new ArrayList<>();
        QUARTERS.forEach(quarter -> rootPriorities.add(new ArrayList<>()));

        log.append("Team", root.value(), 0, new TeamRegistered(root, "Seeded company", null), YEAR_START);
        teams.add(root);
        for (int t = 0; t < teamCount; t++) {
            TeamId team = root;
            if (t > 0) {
                team = new TeamId(UUID.randomUUID().toString());
                log.append("Team", team.value(), 0, new TeamRegistered(team, "Seeded team " + t, root),
                        YEAR_START.plusSeconds(t));
                teams.add(team);
            }
            for (Quarter quarter : QUARTERS) {
                log.append("Plan", PlanKey.of(team, quarter), 0, new PlanFramed(team, quarter, "Purpose of team " + t,
                        "Outcome " + quarter, List.of("Grow", "Keep")), start(quarter).plusSeconds(t));
            }
            int from = (int) ((long) sizes.priorities() * t / teamCount);
            int to = (int) ((long) sizes.priorities() * (t + 1) / teamCount);
            for (int p = 0; p < to - from; p++) {
                int q = p * QUARTERS.size() / (to - from);
                List<PriorityId> parents = rootPriorities.get(q);
                PriorityId parent = t == 0 || parents.isEmpty() ? null : parents.get(p % parents.size());
                PriorityId priority = priority(log, team, t, p, QUARTERS.get(q), parent);
                if (t == 0) {
                    parents.add(priority);
                }
            }
        }
        int otherMetrics = teamCount * BenchSizes.METRICS_PER_TEAM;
        long otherValues = sizes.metricValues()
                - java.util.Arrays.stream(historySizes).map(Dataset::weeksOf).asLongStream().sum();
        for (int t = 0; t < teamCount; t++) {
            for (int m = 0; m < BenchSizes.METRICS_PER_TEAM; m++) {
                int index = t * BenchSizes.METRICS_PER_TEAM + m;
                int values = (int) (otherValues * (index + 1) / otherMetrics - otherValues * index / otherMetrics);
                metric(log, teams.get(t), t, m, values);
            }
        }
        for (int s = 0; s < historySizes.length; s++) {
            historyMetrics[s] = historyMetric(log, root, s, historySizes[s]);
        }
    }

    private PriorityId priority(EventLogWriter log, TeamId team, int t, int p, Quarter quarter, PriorityId parent)
            throws SQLException {
        PriorityId priority = new PriorityId(UUID.randomUUID().toString());
        priorities.add(priority);
        Instant assigned = start(quarter).plusSeconds(60L * t + p);
        String title = "Priority " + p + " of team " + t;
        log.append("Priority", priority.value(), 0, new PriorityAssigned(priority, team, quarter, title,
                new PersonId("owner-" + t + "-" + p % 7), "Measured by " + p, quarter.lastDay(), parent, null), assigned);
        PriorityStatus status = PriorityStatus.NOT_STARTED;
        long sequence = 1;
        for (int week = 1; week <= STATUS_WEEKS; week++) {
            Instant at = assigned.plus(Duration.ofDays(7L * week));
            PriorityStatus next = CYCLE[(week + p) % 2];
            log.append("Priority", priority.value(), sequence++, new PriorityStatusUpdated(priority,
                    new Change<>(status, next), "week " + week, 50 + week), at);
            status = next;
            if (week == CHANGED_IN_WEEK) {
                log.append("Priority", priority.value(), sequence++, new PriorityChanged(priority,
                        new Change<>(title, title + " (sharpened)"), null, null, null, "sharper wording"),
                        at.plusSeconds(1));
            }
        }
        priorityEvents += sequence;
        return priority;
    }

    /** A KPI with weekly values going back from the last week of the year, each recorded in its week. */
    private void metric(EventLogWriter log, TeamId team, int t, int m, int values) throws SQLException {
        MetricId metric = new MetricId(UUID.randomUUID().toString());
        metrics.add(metric);
        LocalDate lastWeek = LocalDate.of(YEAR, 12, 22);
        LocalDate firstWeek = lastWeek.minusWeeks(values - 1L);
        log.append("Metric", metric.value(), 0, defined(metric, team, "KPI " + m + " of team " + t),
                firstWeek.atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(3600));
        for (int v = 0; v < values; v++) {
            LocalDate week = firstWeek.plusWeeks(v);
            log.append("Metric", metric.value(), v + 1L, new MetricRecorded(metric, Period.of(Cadence.WEEKLY, week),
                    BigDecimal.valueOf(50 + (v * 7 + m) % 60), null), week.atStartOfDay().toInstant(ZoneOffset.UTC)
                    .plusSeconds(3600 + t));
        }
        metricValues += values;
    }

    /**
     * One of history growth's metrics: its readings are consecutive weeks from 2000, recorded over the year; a history
     * longer than {@link #HISTORY_MAX_WEEKS} goes on with corrections of its weeks, from the first.
     */
    private MetricId historyMetric(EventLogWriter log, TeamId root, int s, int readings) throws SQLException {
        MetricId metric = new MetricId(UUID.randomUUID().toString());
        log.append("Metric", metric.value(), 0, defined(metric, root, "History growth, " + readings + " readings"),
                YEAR_START);
        long spacing = Duration.ofDays(365).toMillis() / readings;
        int weeks = weeksOf(readings);
        for (int reading = 0; reading < readings; reading++) {
            Period week = Period.of(Cadence.WEEKLY, HISTORY_FIRST_WEEK.plusWeeks(reading % weeks));
            Object event = reading < weeks
                    ? new MetricRecorded(metric, week, historyValue(reading), null)
                    : new MetricValueCorrected(metric, week,
                    Change.between(historyValue(reading - weeks), historyValue(reading)), "read again");
            log.append("Metric", metric.value(), reading + 1L, event, YEAR_START.plusMillis(spacing * reading + s));
        }
        metricValues += weeks;
        return metric;
    }

    /** The weeks a history metric of so many readings records; history growth's commands record the weeks after. */
    static int weeksOf(int readings) {
        return Math.min(readings, HISTORY_MAX_WEEKS);
    }

    private static BigDecimal historyValue(int reading) {
        return BigDecimal.valueOf(reading % 97);
    }

    private static MetricDefined defined(MetricId metric, TeamId team, String name) {
        return new MetricDefined(metric, team, name, "count", BigDecimal.valueOf(100), Direction.HIGHER_IS_BETTER,
                Cadence.WEEKLY, new PersonId(EventLogWriter.ACTOR), null, null, MetricKind.LAGGING, null);
    }

    static Instant start(Quarter quarter) {
        return quarter.firstDay().atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
