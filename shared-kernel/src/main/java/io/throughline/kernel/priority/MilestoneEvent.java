package io.throughline.kernel.priority;

/** An event of a milestone: it happens inside its priority and moves the priority's version. */
public interface MilestoneEvent {

    PriorityId priorityId();

    MilestoneId milestoneId();
}
