package io.throughline.kernel.priority;

import java.util.Set;

/** Answered with a {@code List<PriorityView>}: those of the priorities that exist, in no particular order. */
public record FindPriorities(Set<PriorityId> priorityIds) {

    public FindPriorities {
        priorityIds = Set.copyOf(priorityIds);
    }
}
