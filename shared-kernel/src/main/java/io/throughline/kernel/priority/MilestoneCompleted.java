package io.throughline.kernel.priority;

/** @param milestone the milestone's title, so that its history names it */
public record MilestoneCompleted(PriorityId priorityId, MilestoneId milestoneId, String milestone)
        implements MilestoneEvent {
}
