package io.throughline.web;

import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDetail;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordedValue;
import io.throughline.kernel.metric.TargetHistory;
import io.throughline.kernel.metric.TargetVersion;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The KPI page's chart as data for uPlot: every period from the first value to the last, oldest first, with a null
 * value (a gap in the line) where nothing was recorded; for each period the target and thresholds in force at its end,
 * drawn as steps and as the bands behind the line (green beyond {@code greenAt}, red beyond {@code redAt}, on the side
 * {@code higherIsBetter} says); and the thresholds in force now, for the key.
 */
record MetricChart(List<String> periods, List<BigDecimal> values, List<BigDecimal> targets, List<BigDecimal> greenAts,
                   List<BigDecimal> redAts, String unit, BigDecimal greenAt, BigDecimal redAt, boolean higherIsBetter) {

    static MetricChart of(MetricDetail detail) {
        List<RecordedValue> recorded = detail.values();
        MetricSummary metric = detail.metric();
        TargetHistory history = new TargetHistory(metric.direction(), detail.targets());
        List<Period> periods = new ArrayList<>();
        if (!recorded.isEmpty()) {
            Period first = recorded.get(0).period();
            for (Period period = recorded.get(recorded.size() - 1).period();
                 !period.firstDay().isBefore(first.firstDay()); period = period.previous()) {
                periods.add(period);
            }
            Collections.reverse(periods);
        }
        Map<Period, BigDecimal> byPeriod = recorded.stream()
                .collect(Collectors.toMap(RecordedValue::period, RecordedValue::value));
        List<TargetVersion> then = periods.stream().map(history::inForceAtEndOf).toList();
        return new MetricChart(periods.stream().map(Period::value).toList(),
                periods.stream().map(byPeriod::get).toList(), then.stream().map(TargetVersion::target).toList(),
                then.stream().map(TargetVersion::greenAt).toList(), then.stream().map(TargetVersion::redAt).toList(),
                metric.unit(), metric.greenAt(), metric.redAt(), metric.direction() == Direction.HIGHER_IS_BETTER);
    }

    /** The periods, for the page to name in words ("Week 48 (23–29 Nov)"). Public: SpEL calls only public methods. */
    public List<Period> shownPeriods() {
        return periods.stream().map(Period::new).toList();
    }

    /** Whether the target moved within the periods drawn, for the key to say that the line steps. */
    public boolean targetMoved() {
        return targets.stream().map(BigDecimal::stripTrailingZeros).distinct().count() > 1;
    }
}
