package io.throughline.command.priority;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Existing priorities by id, each with the team and quarter it belongs to. */
final class InMemoryPriorities implements PriorityDirectory {

    private final Map<PriorityId, Placement> placements = new HashMap<>();

    InMemoryPriorities with(PriorityId priority, TeamId team, Quarter quarter) {
        placements.put(priority, new Placement(team, quarter, false));
        return this;
    }

    InMemoryPriorities closed(PriorityId priority, TeamId team, Quarter quarter) {
        placements.put(priority, new Placement(team, quarter, true));
        return this;
    }

    @Override
    public Optional<Placement> placementOf(PriorityId priorityId) {
        return Optional.ofNullable(placements.get(priorityId));
    }
}
