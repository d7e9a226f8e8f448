package io.throughline.query.team;

import io.throughline.kernel.team.FindTeam;
import io.throughline.query.ProcessingGroups;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.kernel.team.TeamView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
class TeamProjection {

    private final TeamEntryRepository teams;

    TeamProjection(TeamEntryRepository teams) {
        this.teams = teams;
    }

    @EventHandler
    void on(TeamRegistered event, @Timestamp Instant at) {
        teams.save(new TeamEntry(event.teamId().value(), event.name(),
                event.parentTeamId() == null ? null : event.parentTeamId().value(), at));
    }

    @ResetHandler
    void reset() {
        teams.deleteAllInBatch();
    }

    @QueryHandler
    Optional<TeamView> handle(FindTeam query) {
        return teams.findById(query.teamId().value()).map(TeamEntry::toView);
    }

    @QueryHandler
    List<TeamView> handle(ListTeams query) {
        return teams.findAllByOrderByNameAsc().stream().map(TeamEntry::toView).toList();
    }
}
