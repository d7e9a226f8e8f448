package io.throughline.kernel.priority;

/** {@code priorityId} now also contributes to {@code targetPriorityId}, a priority of another team in its quarter. */
public record PriorityContributionAdded(PriorityId priorityId, PriorityId targetPriorityId) {
}
