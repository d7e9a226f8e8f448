package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

public record PriorityReinstated(PriorityId priorityId, Change<PriorityStatus> status, String reason) {
}
