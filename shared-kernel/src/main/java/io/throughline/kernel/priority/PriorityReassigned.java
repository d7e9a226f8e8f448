package io.throughline.kernel.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;

public record PriorityReassigned(PriorityId priorityId, Change<PersonId> ownerId, String reason) {
}
