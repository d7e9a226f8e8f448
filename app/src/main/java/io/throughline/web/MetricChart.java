package io.throughline.web;

import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDetail;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordedValue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The KPI page's chart as data for uPlot: every period from the first value to the last, oldest first, with a null
 * value (a gap in the line) where nothing was recorded, the target to draw beside it, and the thresholds that colour
 * the bands behind it (green beyond {@code greenAt}, red beyond {@code redAt}, on the side {@code higherIsBetter}
 * says).
 */
record MetricChart(List<String> periods, List<BigDecimal> values, BigDecimal target, String unit, BigDecimal greenAt,
                   BigDecimal redAt, boolean higherIsBetter) {

    static MetricChart of(MetricDetail detail) {
        List<RecordedValue> recorded = detail.values();
        List<String> periods = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        if (!recorded.isEmpty()) {
            Map<Period, BigDecimal> byPeriod = recorded.stream()
                    .collect(Collectors.toMap(RecordedValue::period, RecordedValue::value));
            Period first = recorded.get(0).period();
            for (Period period = recorded.get(recorded.size() - 1).period();
                 !period.firstDay().isBefore(first.firstDay()); period = period.previous()) {
                periods.add(period.value());
                values.add(byPeriod.get(period));
            }
            Collections.reverse(periods);
            Collections.reverse(values);
        }
        MetricSummary metric = detail.metric();
        return new MetricChart(periods, values, metric.target(), metric.unit(), metric.greenAt(), metric.redAt(),
                metric.direction() == Direction.HIGHER_IS_BETTER);
    }

    /** The periods, for the page to name in words ("Week 48 (23–29 Nov)"). Public: SpEL calls only public methods. */
    public List<Period> shownPeriods() {
        return periods.stream().map(Period::new).toList();
    }
}
