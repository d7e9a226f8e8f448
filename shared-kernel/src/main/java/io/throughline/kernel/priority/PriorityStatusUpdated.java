package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

/** {@code status} is {@code null} when the report confirms the status the priority already had. */
public record PriorityStatusUpdated(PriorityId priorityId, Change<PriorityStatus> status, String comment,
                                    Integer confidence) {
}
