package io.throughline.kernel.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.Quarter;

/**
 * Its quarter was closed with the work carried into the next quarter: {@code successorId}, which opens with
 * {@link PriorityContinued} pointing back here, in the same unit of work.
 */
public record PriorityCarriedOver(PriorityId priorityId, Change<PriorityStatus> status, PriorityId successorId,
                                  Quarter nextQuarter) {
}
