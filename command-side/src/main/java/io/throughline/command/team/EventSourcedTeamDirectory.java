package io.throughline.command.team;

import io.throughline.command.AggregateLookup;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

@Component
class EventSourcedTeamDirectory implements TeamDirectory {

    private final Repository<Team> teams;

    EventSourcedTeamDirectory(Repository<Team> teams) {
        this.teams = teams;
    }

    @Override
    public boolean exists(TeamId teamId) {
        return AggregateLookup.find(teams, teamId, team -> team).isPresent();
    }

    @Override
    public boolean isLedBy(TeamId teamId, PersonId person) {
        return AggregateLookup.find(teams, teamId, team -> team.isLedBy(person)).orElse(false);
    }

    @Override
    public boolean hasLeadOrMember(TeamId teamId, PersonId person) {
        return AggregateLookup.find(teams, teamId, team -> team.hasLeadOrMember(person)).orElse(false);
    }

    @Override
    public List<TeamId> selfAndAncestors(TeamId teamId) {
        if (!exists(teamId)) {
            return List.of();
        }
        // A team's parent existed when it was registered, so every step up the tree finds its team.
        List<TeamId> path = new ArrayList<>();
        for (TeamId current = teamId; current != null && !path.contains(current);
             current = AggregateLookup.find(teams, current, Team::parentTeamId).orElse(null)) {
            path.add(current);
        }
        return path;
    }
}
