package io.throughline.kernel.progress;

import io.throughline.kernel.priority.PriorityId;

/** Answered with an {@code Optional<PriorityProgress>}: empty when there is no such priority. */
public record GetPriorityProgress(PriorityId priorityId) {
}
