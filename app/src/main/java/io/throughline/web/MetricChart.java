package io.throughline.web;

import io.throughline.kernel.metric.MetricDetail;
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
 * value (a gap in the line) where nothing was recorded, and the target to draw beside it.
 */
record MetricChart(List<String> periods, List<BigDecimal> values, BigDecimal target, String unit) {

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
        return new MetricChart(periods, values, detail.metric().target(), detail.metric().unit());
    }
}
