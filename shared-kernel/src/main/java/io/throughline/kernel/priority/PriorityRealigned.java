package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

/** @param reason why it moved; {@code null} when none was given (and in every event stored before reasons existed) */
public record PriorityRealigned(PriorityId priorityId, Change<PriorityId> parentPriorityId, String reason) {
}
