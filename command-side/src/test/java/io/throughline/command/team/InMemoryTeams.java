package io.throughline.command.team;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An organisation tree kept as a map from each team to its parent ({@code null} for a root), with each team's lead
 * and members.
 */
public final class InMemoryTeams implements TeamDirectory {

    private final Map<TeamId, TeamId> parents = new HashMap<>();
    private final Map<TeamId, PersonId> leads = new HashMap<>();
    private final Map<TeamId, Set<PersonId>> people = new HashMap<>();

    public InMemoryTeams root(TeamId team) {
        parents.put(team, null);
        return this;
    }

    public InMemoryTeams child(TeamId team, TeamId parent) {
        parents.put(team, parent);
        return this;
    }

    /** The person belongs to the team (as a member: not its lead). */
    public InMemoryTeams person(TeamId team, PersonId person) {
        people.computeIfAbsent(team, t -> new HashSet<>()).add(person);
        return this;
    }

    /** The person is the team's appointed lead, replacing any earlier one. */
    public InMemoryTeams lead(TeamId team, PersonId person) {
        leads.put(team, person);
        return this;
    }

    @Override
    public boolean isLedBy(TeamId teamId, PersonId person) {
        return person != null && person.equals(leads.get(teamId));
    }

    @Override
    public boolean hasLeadOrMember(TeamId teamId, PersonId person) {
        return isLedBy(teamId, person) || people.getOrDefault(teamId, Set.of()).contains(person);
    }

    @Override
    public List<TeamId> teamsOf(PersonId person) {
        return parents.keySet().stream().filter(team -> hasLeadOrMember(team, person)).toList();
    }

    @Override
    public boolean exists(TeamId teamId) {
        return parents.containsKey(teamId);
    }

    @Override
    public List<TeamAndLead> chainOf(TeamId teamId) {
        List<TeamAndLead> chain = new ArrayList<>();
        for (TeamId current = teamId; exists(current); current = parents.get(current)) {
            chain.add(new TeamAndLead(current, leads.get(current)));
        }
        return chain;
    }

    @Override
    public List<TeamId> selfAndAncestorsWhileMoving(TeamId teamId) {
        return selfAndAncestors(teamId);
    }
}
