package io.throughline.query.dashboard;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.GetCompanyDashboardAsOf;
import io.throughline.kernel.priority.Contributions.Contribution;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.dashboard.CompanyPriority.Measured;
import io.throughline.query.priority.ContributionSpans;
import io.throughline.query.priority.PriorityVersions;
import io.throughline.query.priority.PriorityVersions.PriorityThen;
import io.throughline.query.team.TeamsAsOf;
import io.throughline.query.team.TeamsAsOf.TeamThen;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The company roll-up as it stood at a past instant: the priorities' states then ({@code priority_version}), the
 * lateral links standing then, the teams and executives then (folded from the log), the progress computed then and the
 * KPIs behind it ({@link ProgressThen}), drawn by the same {@link CompanyRollUp} as the live one.
 */
@Component
class CompanyDashboardThen {

    private final PriorityVersions versions;
    private final ContributionSpans spans;
    private final TeamsAsOf teams;
    private final ProgressThen progress;

    CompanyDashboardThen(PriorityVersions versions, ContributionSpans spans, TeamsAsOf teams, ProgressThen progress) {
        this.versions = versions;
        this.spans = spans;
        this.teams = teams;
        this.progress = progress;
    }

    @QueryHandler
    CompanyDashboard handle(GetCompanyDashboardAsOf query) {
        Instant instant = query.asOf();
        return rollUp(query.quarter(), versions.asOf(query.quarter(), instant), priority -> instant, teams.at(instant),
                instant).asOf(instant);
    }

    /**
     * @param priorities the quarter's priorities as they stood, each at its own instant
     * @param instantOf  the instant each priority was taken at, which says which of its links stood and which of its
     *                   progress readings
     * @param teamsThen  the teams as they stood
     * @param instant    the instant the roll-up is told at: the day its expected progress is for
     */
    CompanyDashboard rollUp(Quarter quarter, List<PriorityThen> priorities, Function<PriorityThen, Instant> instantOf,
                            Map<TeamId, TeamThen> teamsThen, Instant instant) {
        Map<PriorityId, PriorityThen> byId = priorities.stream()
                .collect(Collectors.toMap(priority -> priority.view().id(), Function.identity()));
        Predicate<PriorityId> dropped = id -> id != null && byId.containsKey(id) && byId.get(id).dropped();
        Map<PriorityId, Instant> cuts = priorities.stream()
                .collect(Collectors.toMap(priority -> priority.view().id(), instantOf));
        Map<PriorityId, Measured> measured = progress.measured(cuts);
        List<CompanyPriority> then = priorities.stream().map(priority -> companyPriority(priority, teamsThen, dropped,
                measured.getOrDefault(priority.view().id(), Measured.NONE))).toList();
        List<Contribution> links = spans.madeIn(quarter).stream()
                .filter(span -> byId.containsKey(span.priorityId())
                        && span.standsAt(instantOf.apply(byId.get(span.priorityId()))))
                .map(span -> new Contribution(span.priorityId(), span.targetPriorityId(),
                        dropped.test(span.targetPriorityId())))
                .toList();
        return CompanyRollUp.of(quarter, then, links, executives(teamsThen.values()),
                new QuarterMeasures(quarter, LocalDate.ofInstant(instant, ZoneOffset.UTC), progress.kpis(cuts)));
    }

    private static CompanyPriority companyPriority(PriorityThen priority, Map<TeamId, TeamThen> teamsThen,
                                                   Predicate<PriorityId> dropped, Measured measured) {
        PriorityView view = priority.view();
        TeamThen team = Objects.requireNonNull(teamsThen.get(view.teamId()), () -> "no team " + view.teamId()
                + " at the instant its priority " + view.id() + " stood");
        return new CompanyPriority(view.id(), view.title(), view.teamId(), team.name(), team.level(), view.ownerId(),
                view.status(), view.dueDate(), view.parentPriorityId(), dropped.test(view.parentPriorityId()),
                priority.changeCount(), priority.assignedAt(), priority.reportedAt(), measured);
    }

    /** The leads and members of the root teams then. */
    private static Set<PersonId> executives(Collection<TeamThen> teamsThen) {
        return teamsThen.stream().filter(team -> team.level() == 0)
                .flatMap(team -> Stream.concat(Stream.ofNullable(team.leadId()), team.members().stream()))
                .collect(Collectors.toSet());
    }
}
