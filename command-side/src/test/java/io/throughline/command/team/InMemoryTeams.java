package io.throughline.command.team;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An organisation tree kept as a map from each team to its parent ({@code null} for a root). */
public final class InMemoryTeams implements TeamDirectory {

    private final Map<TeamId, TeamId> parents = new HashMap<>();
    private final Map<TeamId, Set<PersonId>> people = new HashMap<>();

    public InMemoryTeams root(TeamId team) {
        parents.put(team, null);
        return this;
    }

    public InMemoryTeams child(TeamId team, TeamId parent) {
        parents.put(team, parent);
        return this;
    }

    /** The person leads or belongs to the team. */
    public InMemoryTeams person(TeamId team, PersonId person) {
        people.computeIfAbsent(team, t -> new HashSet<>()).add(person);
        return this;
    }

    @Override
    public boolean hasLeadOrMember(TeamId teamId, PersonId person) {
        return people.getOrDefault(teamId, Set.of()).contains(person);
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
