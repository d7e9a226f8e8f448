package io.throughline.kernel.priority;

/** Answered with a {@code List<PriorityView>}: the priorities that serve this one, oldest first. */
public record ListAlignedPriorities(PriorityId parentPriorityId) {
}
