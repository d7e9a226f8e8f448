package io.throughline.query.plan;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.plan.AnnualGoalChanged;
import io.throughline.kernel.plan.AnnualGoalDefined;
import io.throughline.kernel.plan.AnnualGoalRetired;
import io.throughline.kernel.plan.AnnualPlan;
import io.throughline.kernel.plan.FindAnnualGoal;
import io.throughline.kernel.plan.GetAnnualPlan;
import io.throughline.kernel.plan.LastingPlanSet;
import io.throughline.query.ProcessingGroups;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.query.ReadModelTables;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code lasting_plan_view} and {@code annual_goal_view}: the layer of the One Page Plan above the quarter. */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"lasting_plan_view", "annual_goal_view"})
class AnnualPlanProjection {

    private final LastingPlanEntryRepository lastingPlans;
    private final AnnualGoalEntryRepository goals;
    private final PriorityEntryRepository priorities;

    AnnualPlanProjection(LastingPlanEntryRepository lastingPlans, AnnualGoalEntryRepository goals,
                         PriorityEntryRepository priorities) {
        this.lastingPlans = lastingPlans;
        this.goals = goals;
        this.priorities = priorities;
    }

    @EventHandler
    void on(LastingPlanSet event, @Timestamp Instant at) {
        String teamId = event.teamId().value();
        LastingPlanEntry entry = lastingPlans.findById(teamId).orElseGet(() -> LastingPlanEntry.of(teamId));
        entry.set(event, at);
        lastingPlans.save(entry);
    }

    @EventHandler
    void on(AnnualGoalDefined event, @Timestamp Instant at) {
        goals.save(AnnualGoalEntry.defined(event, at));
    }

    @EventHandler
    void on(AnnualGoalChanged event, @Timestamp Instant at) {
        goals.findById(event.goalId().value()).ifPresent(goal -> goal.changed(event, at));
    }

    @EventHandler
    void on(AnnualGoalRetired event, @Timestamp Instant at) {
        goals.findById(event.goalId().value()).ifPresent(goal -> goal.retired(event, at));
    }

    @ResetHandler
    void reset() {
        lastingPlans.deleteAllInBatch();
        goals.deleteAllInBatch();
    }

    /** With each goal, the priorities of any quarter that serve it (priority_view.annual_goal_id). */
    @QueryHandler
    @Transactional(readOnly = true)
    AnnualPlan handle(GetAnnualPlan query) {
        String teamId = query.teamId().value();
        return new AnnualPlan(query.teamId(), query.year(),
                lastingPlans.findById(teamId).map(LastingPlanEntry::toLasting).orElse(AnnualPlan.LastingParts.NONE),
                servedGoals(goals.findByTeamIdAndYearOrderByDefinedAtAsc(teamId, query.year())));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<AnnualPlan.AnnualGoal> handle(FindAnnualGoal query) {
        return goals.findById(query.goalId().value()).flatMap(goal -> servedGoals(List.of(goal)).stream().findFirst());
    }

    private List<AnnualPlan.AnnualGoal> servedGoals(List<AnnualGoalEntry> entries) {
        Map<AnnualGoalId, List<AnnualPlan.ServingPriority>> servedBy = priorities
                .findByAnnualGoalIdInOrderByQuarterAscAssignedAtAsc(entries.stream().map(AnnualGoalEntry::goalId).toList())
                .stream().map(PriorityEntry::toView)
                .collect(Collectors.groupingBy(PriorityView::annualGoalId,
                        Collectors.mapping(AnnualPlan.ServingPriority::of, Collectors.toList())));
        return entries.stream()
                .map(goal -> goal.toGoal(servedBy.getOrDefault(new AnnualGoalId(goal.goalId()), List.of())))
                .toList();
    }
}
