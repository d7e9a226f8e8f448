package io.throughline.command.priority;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Existing priorities by id, each with the team and quarter it belongs to; all are owned by {@link #OWNER}, whom the
 * cascade rules never look at.
 */
final class InMemoryPriorities implements PriorityDirectory {

    static final PersonId OWNER = new PersonId("owner");

    private final Map<PriorityId, Placement> placements = new HashMap<>();

    InMemoryPriorities with(PriorityId priority, TeamId team, Quarter quarter) {
        placements.put(priority, new Placement(team, quarter, OWNER, false));
        return this;
    }

    InMemoryPriorities closed(PriorityId priority, TeamId team, Quarter quarter) {
        placements.put(priority, new Placement(team, quarter, OWNER, true));
        return this;
    }

    @Override
    public Optional<Placement> placementOf(PriorityId priorityId) {
        return Optional.ofNullable(placements.get(priorityId));
    }
}
