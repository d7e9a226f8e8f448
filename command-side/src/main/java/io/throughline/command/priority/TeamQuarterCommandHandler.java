package io.throughline.command.priority;

import io.throughline.command.quarter.QuarterDirectory;
import io.throughline.command.quarter.TeamQuarter;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.priority.CompletePriority;
import io.throughline.kernel.priority.DropPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.quarter.CloseQuarter;
import io.throughline.kernel.quarter.ClosedPriority;
import io.throughline.kernel.quarter.QuarterDecision;
import io.throughline.kernel.quarter.ReopenQuarter;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Closes and reopens a team's quarter in one unit of work: records it on the {@link TeamQuarter}, then applies each
 * outcome to its {@link Priority}, loaded through the repository, and creates each carried-over priority's successor
 * with {@link Repository#newInstance}. Sending commands on instead would be atomic only on the local bus; so on any
 * bus the quarter closes with all of its outcomes or, when any is refused, with none, and the refusal names the
 * decision at fault ({@code decisions[2].nextOwnerId}).
 * <p>
 * A carried-over priority is realigned to its parent's successor when the parent was carried over before: close the
 * company's quarter first, then the teams' below. A child carried over before its parent lands unaligned, to be
 * realigned by hand.
 */
@Component
public class TeamQuarterCommandHandler {

    private final Repository<TeamQuarter> teamQuarters;
    private final Repository<Priority> priorities;
    private final TeamDirectory teams;
    private final QuarterDirectory quarters;

    public TeamQuarterCommandHandler(Repository<TeamQuarter> teamQuarters, Repository<Priority> priorities,
                              TeamDirectory teams, QuarterDirectory quarters) {
        this.teamQuarters = teamQuarters;
        this.priorities = priorities;
        this.teams = teams;
        this.quarters = quarters;
    }

    @CommandHandler
    void handle(CloseQuarter command) throws Exception {
        List<PriorityId> open = command.teamId() == null || command.quarter() == null ? List.of()
                : quarters.openPriorities(command.teamId(), command.quarter());
        List<ClosedPriority> outcomes = teamQuarters.loadOrCreate(command.teamQuarterKey(), TeamQuarter::new)
                .invoke(quarter -> quarter.close(command, teams, open));
        for (int i = 0; i < outcomes.size(); i++) {
            FieldPath field = FieldPath.of("decisions").at(i);
            QuarterDecision decision = command.decisions().get(i);
            ClosedPriority outcome = outcomes.get(i);
            within(field, () -> apply(decision, outcome));
        }
    }

    @CommandHandler
    void handle(ReopenQuarter command) {
        List<PriorityId> missed = teamQuarters.load(command.teamQuarterKey()).invoke(quarter -> quarter.reopen(command));
        String reason = "the quarter was reopened: " + command.reason().strip();
        missed.forEach(priority -> priorities.load(priority.value()).execute(p -> p.quarterReopened(reason)));
    }

    private void apply(QuarterDecision decision, ClosedPriority outcome) throws Exception {
        var priority = priorities.load(outcome.priorityId().value());
        switch (outcome.outcome()) {
            case DONE -> priority.execute(p -> p.handle(new CompletePriority(outcome.priorityId(), decision.reflection(), null)));
            case MISSED -> priority.execute(p -> p.miss(decision.reflection()));
            case DROP -> priority.execute(p -> p.handle(new DropPriority(outcome.priorityId(), decision.reflection(), null)));
            case CARRY_OVER -> {
                Continuation next = priority.invoke(p -> p.carryOver(outcome.successorId(), decision.nextQuarterTitle(),
                        decision.nextOwnerId(), quarters));
                priorities.newInstance(() -> new Priority(next, decision.nextOwnerId() != null, teams, quarters));
            }
        }
    }

    /** Refusals of a priority's own rules name the decision they came from. */
    private static void within(FieldPath field, Step step) throws Exception {
        try {
            step.run();
        } catch (CommandRejectedException refused) {
            throw CommandRejectedException.within(field, refused.rejection());
        } catch (AggregateNotFoundException | IncompatibleAggregateException missing) {
            throw CommandRejectedException.invalid(field.then("priorityId"), "no priority with this id");
        }
    }

    private interface Step {
        void run() throws Exception;
    }
}
