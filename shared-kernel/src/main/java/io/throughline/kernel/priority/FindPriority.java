package io.throughline.kernel.priority;

/** Answered with an {@code Optional<PriorityView>}. */
public record FindPriority(PriorityId priorityId) {
}
