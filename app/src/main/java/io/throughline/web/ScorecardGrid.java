package io.throughline.web;

import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Colour;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.MetricSummary.SeriesPoint;
import io.throughline.kernel.metric.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A team's scorecard as a grid, as Ninety shows it: a row per KPI, a column per period, each cell the value coloured
 * against the thresholds in force at the end of its period, as the scorecard judged it. KPIs of different cadences
 * cannot share columns, so there is one grid per cadence.
 */
public final class ScorecardGrid {

    static final int PERIODS = 13;

    private ScorecardGrid() {
    }

    /** The grids of the KPIs, weekly first; each ends with the latest period any of its KPIs shows. */
    static List<Grid> of(List<MetricSummary> metrics) {
        Map<Cadence, List<MetricSummary>> byCadence = metrics.stream().collect(Collectors.groupingBy(
                MetricSummary::cadence, () -> new EnumMap<>(Cadence.class), Collectors.toList()));
        return byCadence.entrySet().stream().map(entry -> gridOf(entry.getKey(), entry.getValue())).toList();
    }

    private static Grid gridOf(Cadence cadence, List<MetricSummary> metrics) {
        Period last = metrics.stream().flatMap(metric -> metric.recentSeries().stream()).map(SeriesPoint::period)
                .max(Comparator.comparing(Period::firstDay)).orElseThrow();
        List<Period> periods = new ArrayList<>(PERIODS);
        for (Period period = last; periods.size() < PERIODS; period = period.previous()) {
            periods.add(period);
        }
        Collections.reverse(periods);
        return new Grid(cadence, periods, metrics.stream().map(metric -> rowOf(metric, periods)).toList());
    }

    private static Row rowOf(MetricSummary metric, List<Period> periods) {
        Map<Period, SeriesPoint> points = new HashMap<>();
        metric.recentSeries().forEach(point -> points.put(point.period(), point));
        return new Row(metric, periods.stream().map(period -> {
            SeriesPoint point = points.get(period);
            return point == null ? new Cell(period, null, null, null)
                    : new Cell(period, point.value(), point.colour(), point.target());
        }).toList());
    }

    public record Grid(Cadence cadence, List<Period> periods, List<Row> rows) {
    }

    public record Row(MetricSummary metric, List<Cell> cells) {
    }

    /**
     * A period's value and its colour, both null when the period has no value, and the target in force at its end (null
     * for a period the KPI's series does not reach).
     */
    public record Cell(Period period, BigDecimal value, Colour colour, BigDecimal target) {
    }
}
