package io.throughline.kernel.priority;

import java.util.Set;

/** Answers the {@link MilestoneTallies} of several priorities at once: a team page asks once for all its rows. */
public record TallyMilestones(Set<PriorityId> priorityIds) {

    public TallyMilestones {
        priorityIds = Set.copyOf(priorityIds);
    }
}
