package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

import java.math.BigDecimal;

/**
 * How much a priority counts in measured progress moved; only what changed is present. Before the first such event
 * both weights are {@link io.throughline.kernel.progress.Weights#DEFAULT}, and {@code before} says so.
 */
public record PriorityWeighed(PriorityId priorityId, Change<BigDecimal> weight, Change<BigDecimal> milestonesWeight) {
}
