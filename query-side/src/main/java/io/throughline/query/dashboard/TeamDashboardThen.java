package io.throughline.query.dashboard;

import io.throughline.kernel.dashboard.GetTeamDashboardAsOf;
import io.throughline.kernel.dashboard.TeamDashboard;
import io.throughline.kernel.metric.Scorecard;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.progress.Expectation;
import io.throughline.kernel.progress.PriorityProgress;
import io.throughline.query.metric.ScorecardTimeline;
import io.throughline.query.priority.PriorityVersions;
import io.throughline.query.priority.PriorityVersions.PriorityThen;
import io.throughline.query.team.TeamsAsOf;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A team's dashboard as it stood at a past instant: its name and place then, its priorities as they stood
 * ({@code priority_version}), its scorecard as it read then ({@link ScorecardTimeline}). Measured progress is kept as
 * it stands now, so the past dashboard tells none (null) beside the progress expected by that day, as the company
 * roll-up as of an instant does.
 */
@Component
class TeamDashboardThen {

    private final TeamsAsOf teams;
    private final PriorityVersions versions;
    private final ScorecardTimeline scorecards;

    TeamDashboardThen(TeamsAsOf teams, PriorityVersions versions, ScorecardTimeline scorecards) {
        this.teams = teams;
        this.versions = versions;
        this.scorecards = scorecards;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<TeamDashboard> handle(GetTeamDashboardAsOf query) {
        LocalDate day = LocalDate.ofInstant(query.asOf(), ZoneOffset.UTC);
        return teams.team(query.teamId(), query.asOf()).map(team -> {
            List<PriorityView> then = versions.asOf(query.teamId(), query.quarter(), query.asOf()).stream()
                    .map(PriorityThen::view).toList();
            return new TeamDashboard(query.teamId(), team.name(), team.parentTeamId(), then,
                    scorecards.asOf(query.teamId(), query.asOf()).map(Scorecard::metrics).orElse(List.of()),
                    then.stream().map(priority -> unmeasured(priority, day)).toList(), query.asOf());
        });
    }

    private static PriorityProgress unmeasured(PriorityView priority, LocalDate day) {
        return new PriorityProgress(priority.id(), null, Expectation.expectedProgress(priority.quarter(), day), null,
                false, List.of());
    }
}
