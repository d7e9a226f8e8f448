package io.throughline.kernel.priority;

/** {@code priorityId} no longer contributes to {@code targetPriorityId}. */
public record PriorityContributionRemoved(PriorityId priorityId, PriorityId targetPriorityId) {
}
