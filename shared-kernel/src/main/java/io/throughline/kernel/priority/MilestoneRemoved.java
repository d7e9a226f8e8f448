package io.throughline.kernel.priority;

public record MilestoneRemoved(PriorityId priorityId, MilestoneId milestoneId) implements MilestoneEvent {
}
