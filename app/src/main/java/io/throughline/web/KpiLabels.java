package io.throughline.web;

import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricKind;
import org.springframework.stereotype.Component;

import java.util.Map;

/** How a KPI's choices read on a page ({@code @kpiLabels.of(...)} in templates): words, not the API's constants. */
@Component
public class KpiLabels {

    private static final Map<Enum<?>, String> LABELS = Map.of(
            Direction.HIGHER_IS_BETTER, "Higher is better",
            Direction.LOWER_IS_BETTER, "Lower is better",
            Cadence.WEEKLY, "Weekly",
            Cadence.MONTHLY, "Monthly",
            Cadence.QUARTERLY, "Quarterly",
            MetricKind.LEADING, "Leading: moves before the results",
            MetricKind.LAGGING, "Lagging: the result itself");

    /** Public: SpEL calls only public methods. */
    public String of(Enum<?> choice) {
        return choice == null ? "–" : LABELS.getOrDefault(choice, choice.name());
    }

    public Direction[] directions() {
        return Direction.values();
    }

    public Cadence[] cadences() {
        return Cadence.values();
    }

    public MetricKind[] kinds() {
        return MetricKind.values();
    }
}
