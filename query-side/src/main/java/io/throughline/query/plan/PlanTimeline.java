package io.throughline.query.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.plan.AnnualGoalChanged;
import io.throughline.kernel.plan.AnnualGoalDefined;
import io.throughline.kernel.plan.AnnualGoalRetired;
import io.throughline.kernel.plan.AnnualPlan;
import io.throughline.kernel.plan.GetPlanAsOf;
import io.throughline.kernel.plan.LastingPlanKey;
import io.throughline.kernel.plan.LastingPlanSet;
import io.throughline.kernel.plan.GetPlanChanges;
import io.throughline.kernel.plan.PlanAsOf;
import io.throughline.kernel.plan.PlanChanges;
import io.throughline.kernel.plan.PlanFramed;
import io.throughline.kernel.plan.PlanKey;
import io.throughline.kernel.plan.PlanReframed;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.EventHistory;
import io.throughline.query.priority.PriorityTimeline;
import io.throughline.query.team.TeamsAsOf;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One Page Plans as they stood at past instants, and what changed between two, from the event log; the as-of plan
 * includes the layer above the quarter (lasting parts, the year's annual goals) as it stood too.
 */
@Component
class PlanTimeline {

    private final EventHistory history;
    private final TeamsAsOf teams;
    private final PriorityTimeline priorities;
    private final AnnualGoalEntryRepository annualGoals;

    PlanTimeline(EventHistory history, TeamsAsOf teams, PriorityTimeline priorities,
                 AnnualGoalEntryRepository annualGoals) {
        this.history = history;
        this.teams = teams;
        this.priorities = priorities;
        this.annualGoals = annualGoals;
    }

    @QueryHandler
    Optional<PlanAsOf> handle(GetPlanAsOf query) {
        return planAsOf(query.teamId(), query.quarter(), query.asOf());
    }

    @QueryHandler
    Optional<PlanChanges> handle(GetPlanChanges query) {
        return planAsOf(query.teamId(), query.quarter(), query.to()).map(after -> PlanDiff.between(
                planAsOf(query.teamId(), query.quarter(), query.from())
                        .orElse(new PlanAsOf(query.teamId(), null, query.quarter(), query.from(), null, List.of(),
                                new AnnualPlan(query.teamId(), query.quarter().firstDay().getYear(),
                                        AnnualPlan.LastingParts.NONE, List.of()))),
                after));
    }

    private Optional<PlanAsOf> planAsOf(TeamId teamId, Quarter quarter, Instant instant) {
        return teams.nameAsOf(teamId, instant).map(name -> {
            List<PriorityView> then = priorities.asOf(teamId, quarter, instant);
            return new PlanAsOf(teamId, name, quarter, instant, framingAsOf(teamId, quarter, instant), then,
                    annualPlanAsOf(teamId, quarter.firstDay().getYear(), instant, then));
        });
    }

    /** The goals of a year keep their team and year once defined: the read model says which there ever were. */
    private AnnualPlan annualPlanAsOf(TeamId teamId, int year, Instant instant, List<PriorityView> prioritiesThen) {
        List<AnnualPlan.AnnualGoal> goalsThen = annualGoals.findByTeamIdAndYearOrderByDefinedAtAsc(teamId.value(), year)
                .stream()
                .flatMap(goal -> annualGoalAsOf(goal.goalId(), instant).stream())
                .map(goal -> goal.toGoal(prioritiesThen.stream()
                        .filter(priority -> priority.annualGoalId() != null
                                && priority.annualGoalId().value().equals(goal.goalId()))
                        .map(AnnualPlan.ServingPriority::of).toList()))
                .toList();
        return new AnnualPlan(teamId, year, lastingPartsAsOf(teamId, instant), goalsThen);
    }

    private AnnualPlan.LastingParts lastingPartsAsOf(TeamId teamId, Instant instant) {
        LastingPlanEntry lasting = null;
        for (DomainEventMessage<?> event : history.until(LastingPlanKey.of(teamId), instant)) {
            if (event.getPayload() instanceof LastingPlanSet set) {
                lasting = lasting == null ? LastingPlanEntry.of(teamId.value()) : lasting;
                lasting.set(set, event.getTimestamp());
            }
        }
        return lasting == null ? AnnualPlan.LastingParts.NONE : lasting.toLasting();
    }

    private Optional<AnnualGoalEntry> annualGoalAsOf(String goalId, Instant instant) {
        AnnualGoalEntry goal = null;
        for (DomainEventMessage<?> event : history.until(goalId, instant)) {
            if (event.getPayload() instanceof AnnualGoalDefined defined) {
                goal = AnnualGoalEntry.defined(defined, event.getTimestamp());
            } else if (goal != null && event.getPayload() instanceof AnnualGoalChanged changed) {
                goal.changed(changed, event.getTimestamp());
            } else if (goal != null && event.getPayload() instanceof AnnualGoalRetired retired) {
                goal.retired(retired, event.getTimestamp());
            }
        }
        return Optional.ofNullable(goal);
    }

    private TeamPlan.Framing framingAsOf(TeamId teamId, Quarter quarter, Instant instant) {
        PlanEntry plan = null;
        for (DomainEventMessage<?> event : history.until(PlanKey.of(teamId, quarter), instant)) {
            if (event.getPayload() instanceof PlanFramed framed) {
                plan = PlanEntry.framed(framed, event.getTimestamp());
            } else if (plan != null && event.getPayload() instanceof PlanReframed reframed) {
                plan.reframed(reframed, event.getTimestamp());
            }
        }
        return plan == null ? null : plan.toFraming();
    }
}
