package io.throughline.kernel.quarter;

import io.throughline.kernel.priority.PriorityId;

/**
 * One priority's outcome in a closed quarter.
 *
 * @param successorId the next quarter's priority that continues it, for CARRY_OVER only
 */
public record ClosedPriority(PriorityId priorityId, QuarterOutcome outcome, PriorityId successorId) {
}
