package io.throughline.query.plan;

import io.throughline.kernel.plan.GetTeamPlan;
import io.throughline.kernel.plan.PlanFramed;
import io.throughline.kernel.plan.PlanReframed;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import io.throughline.query.metric.Scorecards;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Optional;

/** {@code plan_view}, and the One Page Plan of a team and quarter: framing, priorities and KPIs. */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables("plan_view")
class PlanProjection {

    private final PlanEntryRepository plans;
    private final TeamEntryRepository teams;
    private final PriorityEntryRepository priorities;
    private final Scorecards scorecards;

    PlanProjection(PlanEntryRepository plans, TeamEntryRepository teams, PriorityEntryRepository priorities,
                   Scorecards scorecards) {
        this.plans = plans;
        this.teams = teams;
        this.priorities = priorities;
        this.scorecards = scorecards;
    }

    @EventHandler
    void on(PlanFramed event, @Timestamp Instant at) {
        plans.save(PlanEntry.framed(event, at));
    }

    @EventHandler
    void on(PlanReframed event, @Timestamp Instant at) {
        plans.findById(new PlanEntry.Key(event.teamId().value(), event.quarter().value()))
                .ifPresent(plan -> plan.reframed(event, at));
    }

    @ResetHandler
    void reset() {
        plans.deleteAllInBatch();
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<TeamPlan> handle(GetTeamPlan query) {
        String teamId = query.teamId().value();
        return teams.findById(teamId).map(team -> new TeamPlan(query.teamId(), team.name(), query.quarter(),
                plans.findById(new PlanEntry.Key(teamId, query.quarter().value())).map(PlanEntry::toFraming).orElse(null),
                priorities.findByTeamIdAndQuarterOrderByAssignedAtAsc(teamId, query.quarter().value()).stream()
                        .map(PriorityEntry::toView).toList(),
                scorecards.activeMetricsOf(teamId)));
    }
}
