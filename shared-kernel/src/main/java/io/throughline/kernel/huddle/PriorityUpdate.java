package io.throughline.kernel.huddle;

import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;

/** A priority's status as reported in a huddle. */
public record PriorityUpdate(PriorityId priorityId, PriorityStatus status, String comment) {
}
