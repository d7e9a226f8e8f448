package io.throughline.query.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.me.MyWeek.OwnedMetric;
import io.throughline.kernel.metric.Colour;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.MetricSummary.SeriesPoint;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.TargetHistory;
import io.throughline.kernel.metric.TargetVersion;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads metrics as a scorecard shows them: each value's colour against the thresholds in force at the end of its period,
 * change since the previous period, the recent series, and whether the last completed period still lacks a value.
 * "Now" comes from the clock, or is the day of the instant a scorecard of the past stood at.
 */
@Component
public class Scorecards {

    static final int RECENT_PERIODS = 13;

    private final MetricEntryRepository metrics;
    private final MetricValueEntryRepository values;
    private final MetricTargetEntryRepository targets;
    private final Clock clock;

    Scorecards(MetricEntryRepository metrics, MetricValueEntryRepository values, MetricTargetEntryRepository targets,
               Clock clock) {
        this.metrics = metrics;
        this.values = values;
        this.targets = targets;
        this.clock = clock;
    }

    /**
     * The team's metrics that are not retired, by name, each from only the values it shows: the recent series and the
     * period before the latest. All of them in one query: a dashboard of 10 KPIs ran 10 before (bench/run.sh).
     */
    public List<MetricSummary> activeMetricsOf(String teamId) {
        return summariesOf(metrics.findByTeamIdAndRetiredFalseOrderByNameAsc(teamId));
    }

    /**
     * A page of the person's metrics that are not retired, in every team, by name, each with the periods of its recent series
     * that lack a value: those from the last period completed when it was defined (which the scorecard flags as
     * missing from the first day) up to the last completed one.
     */
    public Page<OwnedMetric> activeMetricsOwnedBy(String ownerId, int page, int size) {
        Page<MetricEntry> owned = metrics.findByOwnerIdAndRetiredFalse(ownerId,
                PageRequest.of(page, size, Sort.by("name", "metricId")));
        List<MetricSummary> summaries = summariesOf(owned.getContent());
        List<OwnedMetric> answer = new ArrayList<>(summaries.size());
        for (int i = 0; i < summaries.size(); i++) {
            answer.add(new OwnedMetric(summaries.get(i), missingPeriodsOf(owned.getContent().get(i), summaries.get(i))));
        }
        return new PageImpl<>(answer, owned.getPageable(), owned.getTotalElements());
    }

    List<Period> missingPeriodsOf(MetricEntry metric, MetricSummary summary) {
        LocalDate today = LocalDate.now(clock);
        Period firstExpected = Period.of(metric.cadence(), LocalDate.ofInstant(metric.definedAt(), ZoneOffset.UTC))
                .previous();
        Period current = Period.of(metric.cadence(), today);
        return summary.recentSeries().stream()
                .filter(point -> point.value() == null)
                .map(SeriesPoint::period)
                .filter(period -> !period.firstDay().isBefore(firstExpected.firstDay())
                        && period.firstDay().isBefore(current.firstDay()))
                .toList();
    }

    /** The summaries of the metrics, in their order, from one query of their recent values and one of their targets. */
    private List<MetricSummary> summariesOf(List<MetricEntry> active) {
        if (active.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalDate> shownFrom = new HashMap<>();
        active.forEach(metric -> shownFrom.put(metric.metricId(), firstDayShownOf(metric, today)));
        Map<String, List<MetricValueEntry>> recent = values.findAll(MetricValueEntryRepository.shownFrom(shownFrom))
                .stream().collect(Collectors.groupingBy(MetricValueEntry::metricId));
        Map<String, TargetHistory> histories = targetsOf(active);
        return active.stream()
                .map(metric -> summaryOf(metric, valuesByPeriod(recent.getOrDefault(metric.metricId(), List.of())),
                        histories.get(metric.metricId()), today))
                .toList();
    }

    /**
     * The target histories of the metrics, by metric id, from one query. A metric without one (a database from before
     * the histories, not replayed since) has the target it has now as its only version: judged as it was before.
     */
    Map<String, TargetHistory> targetsOf(List<MetricEntry> metrics) {
        Map<String, List<TargetVersion>> versions = targets.findByMetricIdInOrderBySequenceAsc(
                        metrics.stream().map(MetricEntry::metricId).toList()).stream()
                .collect(Collectors.groupingBy(MetricTargetEntry::metricId,
                        Collectors.mapping(MetricTargetEntry::toVersion, Collectors.toList())));
        Map<String, TargetHistory> histories = new HashMap<>();
        metrics.forEach(metric -> histories.put(metric.metricId(), new TargetHistory(metric.direction(),
                versions.containsKey(metric.metricId()) ? versions.get(metric.metricId())
                        : List.of(metric.targetNow()))));
        return histories;
    }

    /** The first day of the recent series, or of the period before the latest if that lies earlier. */
    static LocalDate firstDayShownOf(MetricEntry metric, LocalDate today) {
        LocalDate from = seriesEndOf(metric, today).earlier(RECENT_PERIODS - 1).firstDay();
        if (metric.latestPeriod() != null && metric.latestPeriod().previous().firstDay().isBefore(from)) {
            from = metric.latestPeriod().previous().firstDay();
        }
        return from;
    }

    /** The latest period with a value if it is the current one, else the last completed period. */
    private static Period seriesEndOf(MetricEntry metric, LocalDate today) {
        Period lastCompleted = Period.of(metric.cadence(), today).previous();
        Period latest = metric.latestPeriod();
        return latest != null && latest.firstDay().isAfter(lastCompleted.firstDay()) ? latest : lastCompleted;
    }

    /** The summary of a metric now, from its recorded values: all of them, or at least those {@link #firstDayShownOf} names. */
    MetricSummary summaryOf(MetricEntry metric, List<MetricValueEntry> recorded, TargetHistory targets) {
        return summaryOf(metric, valuesByPeriod(recorded), targets, LocalDate.now(clock));
    }

    /**
     * The summary of a metric on a day, from its values by period (at least those {@link #firstDayShownOf} names) and
     * its targets as known that day: the latest of them is the target it shows.
     */
    static MetricSummary summaryOf(MetricEntry metric, Map<Period, BigDecimal> byPeriod, TargetHistory targets,
                                   LocalDate today) {
        Period lastCompleted = Period.of(metric.cadence(), today).previous();
        Period latest = metric.latestPeriod();
        BigDecimal latestValue = metric.latestValue();
        BigDecimal previousValue = latest == null ? null : byPeriod.get(latest.previous());
        Colour colour = latestValue == null ? null : targets.colourOf(latest, latestValue);
        TargetVersion target = targets.current();
        return new MetricSummary(new MetricId(metric.metricId()), new TeamId(metric.teamId()), metric.name(),
                metric.unit(), metric.kind(), metric.direction(), metric.cadence(), target.target(), target.greenAt(),
                target.redAt(), new PersonId(metric.ownerId()),
                metric.priorityId() == null ? null : new PriorityId(metric.priorityId()), metric.retired(), latest,
                latestValue, colour,
                latestValue == null || previousValue == null ? null : latestValue.subtract(previousValue),
                !byPeriod.containsKey(lastCompleted), seriesEndingAt(seriesEndOf(metric, today), byPeriod, targets));
    }

    private static Map<Period, BigDecimal> valuesByPeriod(List<MetricValueEntry> recorded) {
        Map<Period, BigDecimal> byPeriod = new HashMap<>();
        recorded.forEach(value -> byPeriod.put(value.period(), value.value()));
        return byPeriod;
    }

    private static List<SeriesPoint> seriesEndingAt(Period end, Map<Period, BigDecimal> byPeriod,
                                                    TargetHistory targets) {
        List<SeriesPoint> series = new ArrayList<>(RECENT_PERIODS);
        Period period = end;
        for (int i = 0; i < RECENT_PERIODS; i++) {
            BigDecimal value = byPeriod.get(period);
            // What TargetHistory.colourOf does, with the version in force looked up once for the target and the colour.
            TargetVersion inForce = targets.inForceAtEndOf(period);
            series.add(new SeriesPoint(period, value, inForce.target(),
                    value == null ? null : inForce.thresholds().colourOf(value, targets.direction())));
            period = period.previous();
        }
        Collections.reverse(series);
        return series;
    }
}
