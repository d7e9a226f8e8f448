package io.throughline.query.dashboard;

import io.throughline.kernel.dashboard.GetTeamDashboard;
import io.throughline.kernel.dashboard.TeamDashboard;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.query.metric.MetricEntry;
import io.throughline.query.metric.MetricEntryRepository;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

/** Composes a team's dashboard from the views the dashboard processor keeps. */
@Component
class DashboardQueryHandler {

    private final TeamEntryRepository teams;
    private final PriorityEntryRepository priorities;
    private final MetricEntryRepository metrics;

    DashboardQueryHandler(TeamEntryRepository teams, PriorityEntryRepository priorities, MetricEntryRepository metrics) {
        this.teams = teams;
        this.priorities = priorities;
        this.metrics = metrics;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<TeamDashboard> handle(GetTeamDashboard query) {
        String teamId = query.teamId().value();
        return teams.findById(teamId).map(team -> new TeamDashboard(query.teamId(), team.name(), team.parentTeamId(),
                prioritiesOf(query),
                metrics.findByTeamIdOrderByNameAsc(teamId).stream().map(MetricEntry::toSummary).toList()));
    }

    private List<PriorityView> prioritiesOf(GetTeamDashboard query) {
        String teamId = query.teamId().value();
        List<PriorityEntry> entries = query.quarter() == null
                ? priorities.findByTeamIdOrderByQuarterAscAssignedAtAsc(teamId)
                : priorities.findByTeamIdAndQuarterOrderByAssignedAtAsc(teamId, query.quarter().value());
        return entries.stream().map(PriorityEntry::toView).toList();
    }
}
