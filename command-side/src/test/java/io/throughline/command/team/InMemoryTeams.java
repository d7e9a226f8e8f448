package io.throughline.command.team;

import io.throughline.kernel.team.TeamId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An organisation tree kept as a map from each team to its parent ({@code null} for a root). */
public final class InMemoryTeams implements TeamDirectory {

    private final Map<TeamId, TeamId> parents = new HashMap<>();

    public InMemoryTeams root(TeamId team) {
        parents.put(team, null);
        return this;
    }

    public InMemoryTeams child(TeamId team, TeamId parent) {
        parents.put(team, parent);
        return this;
    }

    @Override
    public boolean exists(TeamId teamId) {
        return parents.containsKey(teamId);
    }

    @Override
    public List<TeamId> selfAndAncestors(TeamId teamId) {
        List<TeamId> path = new ArrayList<>();
        for (TeamId current = teamId; exists(current); current = parents.get(current)) {
            path.add(current);
        }
        return path;
    }
}
