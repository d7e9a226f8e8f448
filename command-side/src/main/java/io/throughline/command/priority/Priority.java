package io.throughline.command.priority;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A quarterly priority of one team, owned by one person, possibly serving a priority of a team above. */
@Aggregate
public class Priority {

    @AggregateIdentifier
    private PriorityId id;
    private Placement placement;

    protected Priority() {
        // for Axon: rebuilt from its events
    }

    /** @return the priority's version after assignment, for optimistic locking by the caller */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public long handle(AssignPriority command, TeamDirectory teams, PriorityDirectory priorities) {
        TeamId teamId = Require.present("teamId", command.teamId());
        Quarter quarter = Require.present("quarter", command.quarter());
        String title = Require.text("title", command.title());
        Require.present("ownerId", command.ownerId());
        List<TeamId> teamAndAncestors = teams.selfAndAncestors(teamId);
        if (teamAndAncestors.isEmpty()) {
            throw CommandRejectedException.invalid("teamId", "no team with id '" + teamId + "'");
        }
        requireDueInside(quarter, command.dueDate());
        if (command.parentPriorityId() != null) {
            requireCascade(command.parentPriorityId(), quarter, teamAndAncestors, priorities);
        }
        apply(new PriorityAssigned(command.priorityId(), teamId, quarter, title, command.ownerId(),
                Require.optionalText(command.successCriterion()), command.dueDate(), command.parentPriorityId()));
        return AggregateLifecycle.getVersion();
    }

    private static void requireDueInside(Quarter quarter, LocalDate dueDate) {
        if (dueDate != null && !quarter.contains(dueDate)) {
            throw CommandRejectedException.ruleBroken("dueDate", "must fall inside " + quarter + " ("
                    + quarter.firstDay() + " to " + quarter.lastDay() + "), was " + dueDate);
        }
    }

    /** A priority serves a priority of the same quarter held by a team above its own. */
    private static void requireCascade(PriorityId parentId, Quarter quarter, List<TeamId> teamAndAncestors,
                                       PriorityDirectory priorities) {
        Placement parent = priorities.placementOf(parentId).orElseThrow(() ->
                CommandRejectedException.invalid("parentPriorityId", "no priority with id '" + parentId + "'"));
        if (!parent.quarter().equals(quarter)) {
            throw CommandRejectedException.ruleBroken("parentPriorityId",
                    "the parent priority belongs to " + parent.quarter() + ", not " + quarter);
        }
        if (!teamAndAncestors.subList(1, teamAndAncestors.size()).contains(parent.teamId())) {
            throw CommandRejectedException.ruleBroken("parentPriorityId",
                    "the parent priority must belong to a team above this priority's team");
        }
    }

    @EventSourcingHandler
    void on(PriorityAssigned event) {
        id = event.priorityId();
        placement = new Placement(event.teamId(), event.quarter());
    }

    /** For {@link PriorityDirectory}. */
    Placement placement() {
        return placement;
    }
}
