package io.throughline.command.metric;

import io.throughline.command.priority.Placement;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Existing priorities by id with the team each belongs to; the metric rules look at nothing else of a placement. */
final class TeamPriorities implements PriorityDirectory {

    private static final Quarter ANY_QUARTER = new Quarter("2026-Q4");
    private static final PersonId ANY_OWNER = new PersonId("owner");

    private final Map<PriorityId, TeamId> teams = new HashMap<>();

    TeamPriorities with(PriorityId priority, TeamId team) {
        teams.put(priority, team);
        return this;
    }

    @Override
    public Optional<Placement> placementOf(PriorityId priorityId) {
        return Optional.ofNullable(teams.get(priorityId)).map(team -> new Placement(team, ANY_QUARTER, ANY_OWNER, false));
    }
}
