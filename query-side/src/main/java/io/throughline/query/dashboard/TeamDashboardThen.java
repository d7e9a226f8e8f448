package io.throughline.query.dashboard;

import io.throughline.kernel.dashboard.GetTeamDashboardAsOf;
import io.throughline.kernel.dashboard.TeamDashboard;
import io.throughline.kernel.metric.Scorecard;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.progress.PriorityProgress;
import io.throughline.query.dashboard.CompanyPriority.Measured;
import io.throughline.query.metric.ScorecardTimeline;
import io.throughline.query.priority.PriorityVersions;
import io.throughline.query.priority.PriorityVersions.PriorityThen;
import io.throughline.query.progress.Measures;
import io.throughline.query.progress.ProgressReadings;
import io.throughline.query.team.TeamsAsOf;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A team's dashboard as it stood at a past instant: its name and place then, its priorities as they stood
 * ({@code priority_version}), its scorecard as it read then ({@link ScorecardTimeline}), each priority's progress as it
 * was computed then with the measures behind it ({@link ProgressThen}) beside the progress expected by that day.
 */
@Component
class TeamDashboardThen {

    private final TeamsAsOf teams;
    private final PriorityVersions versions;
    private final ScorecardTimeline scorecards;
    private final ProgressThen progress;

    TeamDashboardThen(TeamsAsOf teams, PriorityVersions versions, ScorecardTimeline scorecards, ProgressThen progress) {
        this.teams = teams;
        this.versions = versions;
        this.scorecards = scorecards;
        this.progress = progress;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<TeamDashboard> handle(GetTeamDashboardAsOf query) {
        return teams.team(query.teamId(), query.asOf()).map(team -> {
            List<PriorityView> then = versions.asOf(query.teamId(), query.quarter(), query.asOf()).stream()
                    .map(PriorityThen::view).toList();
            return new TeamDashboard(query.teamId(), team.name(), team.parentTeamId(), then,
                    scorecards.asOf(query.teamId(), query.asOf()).map(Scorecard::metrics).orElse(List.of()),
                    progressOf(then, query.asOf()), query.asOf());
        });
    }

    /** Each priority's progress as computed at the instant: its reading, its KPIs, its milestones and its aligned. */
    private List<PriorityProgress> progressOf(List<PriorityView> then, Instant instant) {
        Map<PriorityId, Instant> cuts = then.stream()
                .collect(Collectors.toMap(PriorityView::id, priority -> instant));
        Map<PriorityId, Measured> measured = progress.measured(cuts);
        Map<PriorityId, List<Measure>> kpis = progress.kpis(cuts);
        Map<PriorityId, List<Measure>> aligned = progress.aligned(cuts.keySet(), instant);
        LocalDate day = LocalDate.ofInstant(instant, ZoneOffset.UTC);
        return then.stream().map(priority -> {
            Measured reading = measured.getOrDefault(priority.id(), Measured.NONE);
            return ProgressReadings.reading(priority.id(), priority.status(), priority.quarter(), reading.progress(),
                    reading.weight(), measured.containsKey(priority.id()) ? Measures.of(
                            kpis.getOrDefault(priority.id(), List.of()), reading.milestonesDone(),
                            reading.milestonesTotal(), reading.milestonesWeight(),
                            aligned.getOrDefault(priority.id(), List.of())) : List.of(), day);
        }).toList();
    }
}
