package io.throughline.command.quarter;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.quarter.CloseQuarter;
import io.throughline.kernel.quarter.ClosedPriority;
import io.throughline.kernel.quarter.QuarterClosed;
import io.throughline.kernel.quarter.QuarterDecision;
import io.throughline.kernel.quarter.QuarterOutcome;
import io.throughline.kernel.quarter.QuarterReopened;
import io.throughline.kernel.quarter.ReopenQuarter;
import io.throughline.kernel.quarter.TeamQuarterKey;
import io.throughline.kernel.team.TeamId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A team's quarter as a lifecycle: open until its lead closes it with an outcome for every open priority, reopened
 * with a reason. {@link io.throughline.command.priority.TeamQuarterCommandHandler} applies the outcomes to the priorities in the same unit of work.
 */
@Aggregate
public class TeamQuarter {

    @AggregateIdentifier
    private String key;
    private boolean closed;
    /** The priorities the last closing missed: reopening returns them to their last open status. */
    private List<PriorityId> missed = List.of();

    public TeamQuarter() {
        // for Axon: rebuilt from its events, or created empty when a quarter is closed the first time
    }

    /**
     * Checks that the decisions decide each open priority once and records the closing.
     *
     * @return each decision's outcome, in the order of the decisions, with the successor a carry-over opens
     */
    public List<ClosedPriority> close(CloseQuarter command, TeamDirectory teams, List<PriorityId> open) {
        TeamId team = Require.present("teamId", command.teamId());
        Quarter quarter = Require.present("quarter", command.quarter());
        if (!teams.exists(team)) {
            throw CommandRejectedException.notFound("teamId", "no team with id '" + team + "'");
        }
        if (closed) {
            throw ClosedQuarters.closed(quarter, "quarter");
        }
        List<QuarterDecision> decisions = command.decisions() == null ? List.of() : command.decisions();
        Set<PriorityId> undecided = new LinkedHashSet<>(open);
        List<ClosedPriority> outcomes = new ArrayList<>();
        for (int i = 0; i < decisions.size(); i++) {
            FieldPath field = FieldPath.of("decisions").at(i);
            QuarterDecision decision = Require.present(field, decisions.get(i));
            PriorityId priority = Require.present(field.then("priorityId"), decision.priorityId());
            if (!undecided.remove(priority)) {
                throw CommandRejectedException.ruleBroken(TeamQuarterRule.DECISION_FOR_EVERY_OPEN_PRIORITY,
                        field.then("priorityId"), open.contains(priority) ? priority + " is decided twice"
                                : priority + " is not an open priority of the team's " + quarter);
            }
            QuarterOutcome outcome = Require.present(field.then("outcome"), decision.outcome());
            requireReflection(field, outcome, decision.reflection());
            outcomes.add(new ClosedPriority(priority, outcome,
                    outcome == QuarterOutcome.CARRY_OVER ? successorOf(priority, quarter.next()) : null));
        }
        if (!undecided.isEmpty()) {
            throw CommandRejectedException.ruleBroken(TeamQuarterRule.DECISION_FOR_EVERY_OPEN_PRIORITY,
                    FieldPath.of("decisions"), "no decision for the open " + (undecided.size() == 1 ? "priority " : "priorities ")
                            + String.join(", ", undecided.stream().map(PriorityId::value).toList()));
        }
        apply(new QuarterClosed(team, quarter, List.copyOf(outcomes)));
        return outcomes;
    }

    /**
     * Records the reopening.
     *
     * @return the missed priorities, to return to their last open status
     */
    public List<PriorityId> reopen(ReopenQuarter command) {
        if (!closed) {
            throw CommandRejectedException.conflict(TeamQuarterRule.ONLY_CLOSED_QUARTER_REOPENED, "quarter",
                    command.quarter() + " of this team is open; only a closed quarter can be reopened");
        }
        String reason = Require.text("reason", command.reason());
        List<PriorityId> reopened = missed;
        apply(new QuarterReopened(command.teamId(), command.quarter(), reason, reopened));
        return reopened;
    }

    /** A missed priority says what was learned; a dropped one, like any drop, why. */
    private static void requireReflection(FieldPath field, QuarterOutcome outcome, String reflection) {
        if (outcome == QuarterOutcome.MISSED && Require.optionalText(reflection) == null) {
            throw CommandRejectedException.ruleBroken(TeamQuarterRule.MISSED_NEEDS_REFLECTION, field.then("reflection"),
                    "a missed priority needs a short reflection: what did the team learn?");
        }
        if (outcome == QuarterOutcome.DROP) {
            Require.text(field.then("reflection"), reflection);
        }
    }

    /**
     * The successor's id follows from the priority and the quarter it continues in: a priority is carried over once,
     * and a retried closing names the same successor.
     */
    static PriorityId successorOf(PriorityId priority, Quarter next) {
        return new PriorityId(UUID.nameUUIDFromBytes(("carried over\n" + priority + "\n" + next)
                .getBytes(StandardCharsets.UTF_8)).toString());
    }

    @EventSourcingHandler
    void on(QuarterClosed event) {
        key = TeamQuarterKey.of(event.teamId(), event.quarter());
        closed = true;
        missed = event.outcomes().stream().filter(outcome -> outcome.outcome() == QuarterOutcome.MISSED)
                .map(ClosedPriority::priorityId).toList();
    }

    @EventSourcingHandler
    void on(QuarterReopened event) {
        closed = false;
        missed = List.of();
    }
}
