package io.throughline.kernel.audit;

import io.throughline.kernel.priority.PriorityId;

/** Answered with an {@code Optional<PriorityHistory>}: empty when no such priority exists. */
public record GetPriorityHistory(PriorityId priorityId) {
}
