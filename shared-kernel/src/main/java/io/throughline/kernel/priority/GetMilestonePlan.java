package io.throughline.kernel.priority;

/** Answers the {@link MilestonePlan} of a priority; empty for a priority without milestones. */
public record GetMilestonePlan(PriorityId priorityId) {
}
