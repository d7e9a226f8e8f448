package io.throughline.command.metric;

import io.throughline.command.rejection.Rule;

/** The rules of a KPI and its values. */
public enum MetricRule implements Rule {
    /** A metric has one value per period; a recorded value is corrected, not recorded again. */
    ONE_VALUE_PER_PERIOD,
    /** Only a recorded value can be corrected. */
    ONLY_RECORDED_VALUES_CORRECTED,
    /** A retired metric accepts nothing. */
    RETIRED_METRIC_ACCEPTS_NOTHING,
    /** Red lies on the bad side of green for the metric's direction. */
    THRESHOLDS_FOLLOW_DIRECTION,
    /** A metric tells the progress of a priority of its own team. */
    METRIC_PRIORITY_OF_OWN_TEAM,
    /** Progress runs from a KPI's baseline toward its target: a baseline lies short of the target for its direction. */
    BASELINE_SHORT_OF_TARGET;
}
