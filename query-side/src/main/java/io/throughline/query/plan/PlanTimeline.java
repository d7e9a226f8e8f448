package io.throughline.query.plan;

import io.throughline.kernel.Change;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.plan.GetPlanAsOf;
import io.throughline.kernel.plan.GetPlanChanges;
import io.throughline.kernel.plan.PlanAsOf;
import io.throughline.kernel.plan.PlanChanges;
import io.throughline.kernel.plan.PlanFramed;
import io.throughline.kernel.plan.PlanKey;
import io.throughline.kernel.plan.PlanReframed;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.kernel.team.TeamRenamed;
import io.throughline.query.EventHistory;
import io.throughline.query.priority.PriorityTimeline;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One Page Plans as they stood at past instants, and what changed between two, from the event log. */
@Component
class PlanTimeline {

    private final EventHistory history;
    private final PriorityTimeline priorities;

    PlanTimeline(EventHistory history, PriorityTimeline priorities) {
        this.history = history;
        this.priorities = priorities;
    }

    @QueryHandler
    Optional<PlanAsOf> handle(GetPlanAsOf query) {
        return planAsOf(query.teamId(), query.quarter(), query.asOf());
    }

    @QueryHandler
    Optional<PlanChanges> handle(GetPlanChanges query) {
        return planAsOf(query.teamId(), query.quarter(), query.to()).map(after -> PlanDiff.between(
                planAsOf(query.teamId(), query.quarter(), query.from())
                        .orElse(new PlanAsOf(query.teamId(), null, query.quarter(), query.from(), null, List.of())),
                after));
    }

    private Optional<PlanAsOf> planAsOf(TeamId teamId, Quarter quarter, Instant instant) {
        return teamNameAsOf(teamId, instant).map(name -> new PlanAsOf(teamId, name, quarter, instant,
                framingAsOf(teamId, quarter, instant), priorities.asOf(teamId, quarter, instant)));
    }

    private Optional<String> teamNameAsOf(TeamId teamId, Instant instant) {
        String name = null;
        for (DomainEventMessage<?> event : history.until(teamId.value(), instant)) {
            if (event.getPayload() instanceof TeamRegistered registered) {
                name = registered.name();
            } else if (event.getPayload() instanceof TeamRenamed renamed) {
                name = Change.valueAfter(renamed.name(), name);
            }
        }
        return Optional.ofNullable(name);
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
