package io.throughline.kernel.priority;

/**
 * Asks for a priority's lateral links as a page shows them, and what it may yet contribute to; answered with
 * {@link LateralAlignment} (empty for an unknown priority).
 */
public record GetLateralAlignment(PriorityId priorityId) {
}
