package io.throughline.query.dashboard;

import io.throughline.kernel.dashboard.GetTeamDashboard;
import io.throughline.kernel.dashboard.TeamDashboard;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.query.metric.Scorecards;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.progress.ProgressReadings;
import io.throughline.query.priority.PriorityEntryRepository;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Composes a team's dashboard from the views the dashboard processor keeps: priorities, their progress and the scorecard. */
@Component
class DashboardQueryHandler {

    private final TeamEntryRepository teams;
    private final PriorityEntryRepository priorities;
    private final Scorecards scorecards;
    private final ProgressReadings progress;

    DashboardQueryHandler(TeamEntryRepository teams, PriorityEntryRepository priorities, Scorecards scorecards,
                          ProgressReadings progress) {
        this.teams = teams;
        this.priorities = priorities;
        this.scorecards = scorecards;
        this.progress = progress;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<TeamDashboard> handle(GetTeamDashboard query) {
        String teamId = query.teamId().value();
        return teams.findById(teamId).map(team -> {
            List<PriorityView> shown = prioritiesOf(query);
            return new TeamDashboard(query.teamId(), team.name(), team.parentTeamId(), shown,
                    scorecards.activeMetricsOf(teamId), progress.of(shown), null);
        });
    }

    private List<PriorityView> prioritiesOf(GetTeamDashboard query) {
        String teamId = query.teamId().value();
        List<PriorityEntry> entries = query.quarter() == null
                ? priorities.findByTeamIdOrderByQuarterAscAssignedAtAsc(teamId)
                : priorities.findByTeamIdAndQuarterOrderByAssignedAtAsc(teamId, query.quarter().value());
        return entries.stream().map(PriorityEntry::toView).toList();
    }
}
