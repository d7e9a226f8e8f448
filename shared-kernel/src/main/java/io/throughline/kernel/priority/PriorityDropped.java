package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

public record PriorityDropped(PriorityId priorityId, Change<PriorityStatus> status, String reason) {
}
