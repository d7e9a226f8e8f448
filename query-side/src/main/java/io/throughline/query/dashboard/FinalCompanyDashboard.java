package io.throughline.query.dashboard;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.CompanyDashboard.CutOff;
import io.throughline.kernel.dashboard.CompanyDashboard.FinalSnapshot;
import io.throughline.kernel.dashboard.GetFinalCompanyDashboard;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.quarter.ClosedPriority;
import io.throughline.kernel.quarter.QuarterClosed;
import io.throughline.kernel.quarter.QuarterOutcome;
import io.throughline.kernel.quarter.TeamQuarterKey;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.EventHistory;
import io.throughline.query.priority.PriorityVersions;
import io.throughline.query.priority.PriorityVersions.PriorityThen;
import io.throughline.query.team.TeamsAsOf;
import io.throughline.query.team.TeamsAsOf.TeamThen;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A quarter's final roll-up: each team's priorities as they stood when the team first closed the quarter, with the
 * outcomes it gave them, or at the end of the quarter's last day for a team that never closed it. Taken from the
 * versions the log made, so a later correction (a reopened quarter, a status changed afterwards) never rewrites it:
 * it shows beside it as a difference.
 */
@Component
class FinalCompanyDashboard {

    private final PriorityVersions versions;
    private final CompanyPriorities live;
    private final TeamsAsOf teams;
    private final EventHistory history;
    private final CompanyDashboardThen then;
    private final Clock clock;

    FinalCompanyDashboard(PriorityVersions versions, CompanyPriorities live, TeamsAsOf teams, EventHistory history,
                          CompanyDashboardThen then, Clock clock) {
        this.versions = versions;
        this.live = live;
        this.teams = teams;
        this.history = history;
        this.then = then;
        this.clock = clock;
    }

    @QueryHandler
    Optional<CompanyDashboard> handle(GetFinalCompanyDashboard query) {
        Quarter quarter = query.quarter();
        Instant end = quarter.lastDay().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minus(1, ChronoUnit.MICROS);
        boolean over = clock.instant().isAfter(end);
        Map<TeamId, Closing> closings = new LinkedHashMap<>();
        for (TeamId team : versions.teamsOf(quarter)) {
            closings.put(team, firstClosing(team, quarter).orElse(new Closing(end, Map.of(), false)));
        }
        if (!over && (closings.isEmpty() || closings.values().stream().anyMatch(closing -> !closing.closed()))) {
            return Optional.empty();
        }
        Map<TeamId, Instant> cuts = closings.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, closing -> closing.getValue().at()));
        List<PriorityThen> priorities = versions.asOf(quarter, cuts).stream()
                .map(priority -> closings.get(priority.view().teamId()).applyTo(priority)).toList();
        Instant last = cuts.values().stream().max(Instant::compareTo).orElse(end);
        Map<TeamId, TeamThen> teamsThen = teams.at(last);
        CompanyDashboard snapshot = then.rollUp(quarter, priorities, priority -> cuts.get(priority.view().teamId()),
                teamsThen, last);
        List<CutOff> cutOffs = closings.entrySet().stream()
                .map(closing -> new CutOff(closing.getKey(), teamsThen.get(closing.getKey()).name(),
                        closing.getValue().at(), closing.getValue().closed()))
                .toList();
        return Optional.of(snapshot.asFinal(new FinalSnapshot(cutOffs,
                SnapshotDifferences.between(priorities, teamsThen, live.of(quarter)))));
    }

    private Optional<Closing> firstClosing(TeamId team, Quarter quarter) {
        for (DomainEventMessage<?> event : history.until(TeamQuarterKey.of(team, quarter), Instant.MAX)) {
            if (event.getPayload() instanceof QuarterClosed closed) {
                return Optional.of(new Closing(event.getTimestamp(), closed.outcomes().stream()
                        .collect(Collectors.toMap(ClosedPriority::priorityId, ClosedPriority::outcome)), true));
            }
        }
        return Optional.empty();
    }

    /**
     * When a team's part of the quarter was taken, and the outcomes its close gave: they follow the close in the same
     * unit of work, a few microseconds later, so they are applied here rather than looked for after the instant.
     */
    private record Closing(Instant at, Map<PriorityId, QuarterOutcome> outcomes, boolean closed) {

        PriorityThen applyTo(PriorityThen priority) {
            return Optional.ofNullable(outcomes.get(priority.view().id()))
                    .map(outcome -> priority.withStatus(statusOf(outcome))).orElse(priority);
        }

        private static PriorityStatus statusOf(QuarterOutcome outcome) {
            return switch (outcome) {
                case DONE -> PriorityStatus.COMPLETED;
                case MISSED -> PriorityStatus.MISSED;
                case CARRY_OVER -> PriorityStatus.CARRIED_OVER;
                case DROP -> PriorityStatus.DROPPED;
            };
        }
    }
}
