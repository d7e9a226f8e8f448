package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

public record PriorityRealigned(PriorityId priorityId, Change<PriorityId> parentPriorityId) {
}
