package io.throughline.query.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Colour;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.MetricSummary.SeriesPoint;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads metrics as a scorecard shows them: colour from the thresholds, change since the previous period, the recent
 * series, and whether the last completed period still lacks a value. "Now" comes from the clock.
 */
@Component
public class Scorecards {

    static final int RECENT_PERIODS = 13;

    private final MetricEntryRepository metrics;
    private final MetricValueEntryRepository values;
    private final Clock clock;

    Scorecards(MetricEntryRepository metrics, MetricValueEntryRepository values, Clock clock) {
        this.metrics = metrics;
        this.values = values;
        this.clock = clock;
    }

    /** The team's metrics that are not retired, by name. */
    public List<MetricSummary> activeMetricsOf(String teamId) {
        return metrics.findByTeamIdAndRetiredFalseOrderByNameAsc(teamId).stream().map(this::recentSummaryOf).toList();
    }

    /**
     * A summary from only the values it shows: the recent series and the period before the latest. A scorecard of
     * weekly KPIs with years of history read them all before (10 KPIs with 1,000 values each: bench/run.sh).
     */
    private MetricSummary recentSummaryOf(MetricEntry metric) {
        Period seriesStart = seriesEndOf(metric);
        for (int i = 1; i < RECENT_PERIODS; i++) {
            seriesStart = seriesStart.previous();
        }
        LocalDate from = seriesStart.firstDay();
        if (metric.latestPeriod() != null && metric.latestPeriod().previous().firstDay().isBefore(from)) {
            from = metric.latestPeriod().previous().firstDay();
        }
        return summaryOf(metric, values.findByMetricIdAndPeriodStartGreaterThanEqualOrderByPeriodStartAsc(
                metric.metricId(), from));
    }

    /** The latest period with a value if it is the current one, else the last completed period. */
    private Period seriesEndOf(MetricEntry metric) {
        Period lastCompleted = Period.of(metric.cadence(), LocalDate.now(clock)).previous();
        Period latest = metric.latestPeriod();
        return latest != null && latest.firstDay().isAfter(lastCompleted.firstDay()) ? latest : lastCompleted;
    }

    /** The summary of a metric, from its recorded values: all of them, or at least those {@link #recentSummaryOf} reads. */
    MetricSummary summaryOf(MetricEntry metric, List<MetricValueEntry> recorded) {
        Map<Period, BigDecimal> byPeriod = new HashMap<>();
        recorded.forEach(value -> byPeriod.put(value.period(), value.value()));
        Period lastCompleted = Period.of(metric.cadence(), LocalDate.now(clock)).previous();
        Period latest = metric.latestPeriod();
        BigDecimal latestValue = metric.latestValue();
        BigDecimal previousValue = latest == null ? null : byPeriod.get(latest.previous());
        Colour colour = latestValue == null ? null : metric.thresholds().colourOf(latestValue, metric.direction());
        Period seriesEnd = seriesEndOf(metric);
        return new MetricSummary(new MetricId(metric.metricId()), new TeamId(metric.teamId()), metric.name(),
                metric.unit(), metric.kind(), metric.direction(), metric.cadence(), metric.target(),
                metric.thresholds().greenAt(), metric.thresholds().redAt(), new PersonId(metric.ownerId()),
                metric.priorityId() == null ? null : new PriorityId(metric.priorityId()), metric.retired(), latest,
                latestValue, colour,
                latestValue == null || previousValue == null ? null : latestValue.subtract(previousValue),
                !byPeriod.containsKey(lastCompleted), seriesEndingAt(seriesEnd, byPeriod));
    }

    private static List<SeriesPoint> seriesEndingAt(Period end, Map<Period, BigDecimal> byPeriod) {
        List<SeriesPoint> series = new ArrayList<>(RECENT_PERIODS);
        Period period = end;
        for (int i = 0; i < RECENT_PERIODS; i++) {
            series.add(new SeriesPoint(period, byPeriod.get(period)));
            period = period.previous();
        }
        Collections.reverse(series);
        return series;
    }
}
