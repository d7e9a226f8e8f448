package io.throughline.kernel.priority;

public record MilestoneCompleted(PriorityId priorityId, MilestoneId milestoneId) implements MilestoneEvent {
}
