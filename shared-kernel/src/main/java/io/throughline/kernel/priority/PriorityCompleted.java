package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

public record PriorityCompleted(PriorityId priorityId, Change<PriorityStatus> status, String comment) {
}
