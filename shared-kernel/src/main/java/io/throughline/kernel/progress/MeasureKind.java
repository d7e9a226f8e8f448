package io.throughline.kernel.progress;

/** What a priority's progress is measured by. */
public enum MeasureKind {
    /** A KPI (metric) linked to the priority: how far its latest value has come from the baseline toward the target. */
    METRIC,
    /** The priority's milestones: done ÷ total. */
    MILESTONES,
    /** A priority aligned to it (its child in the cascade), at that priority's own progress. */
    PRIORITY
}
