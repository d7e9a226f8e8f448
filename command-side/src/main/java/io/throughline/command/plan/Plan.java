package io.throughline.command.plan;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.CommonRule;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.Change;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.plan.FramePlan;
import io.throughline.kernel.plan.PlanFramed;
import io.throughline.kernel.plan.PlanKey;
import io.throughline.kernel.plan.PlanReframed;
import io.throughline.kernel.plan.ReframePlan;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A team's One Page Plan for one quarter: why the team exists, what a win looks like, the goals of the year. */
@Aggregate
public class Plan {

    @AggregateIdentifier
    private String key;
    private String purpose;
    private String outcome;
    private List<String> annualGoals;

    protected Plan() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(FramePlan command, TeamDirectory teams) {
        if (key != null) {
            throw CommandRejectedException.conflict(PlanRule.PLAN_FRAMED_ONCE, "quarter",
                    "the plan of this team for " + command.quarter() + " is already framed; reframe it instead");
        }
        if (!teams.exists(command.teamId())) {
            throw CommandRejectedException.notFound("teamId", "no team with id '" + command.teamId() + "'");
        }
        apply(new PlanFramed(command.teamId(), command.quarter(), Require.optionalText(command.purpose()),
                Require.text("outcome", command.outcome()), goals(command.annualGoals())));
    }

    @CommandHandler
    void handle(ReframePlan command) {
        Change<String> newPurpose = command.purpose() == null ? null
                : Change.between(purpose, Require.optionalText(command.purpose()));
        Change<String> newOutcome = command.outcome() == null ? null
                : Change.between(outcome, Require.text("outcome", command.outcome()));
        Change<List<String>> newGoals = command.annualGoals() == null ? null
                : Change.between(annualGoals, goals(command.annualGoals()));
        if (newPurpose == null && newOutcome == null && newGoals == null) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null, "the reframing changes nothing; nothing was stored");
        }
        apply(new PlanReframed(command.teamId(), command.quarter(), newPurpose, newOutcome, newGoals,
                Require.optionalText(command.reason())));
    }

    /** Goals are kept in the order given, each stripped; a blank one is a mistake, not an intention. */
    private static List<String> goals(List<String> goals) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; goals != null && i < goals.size(); i++) {
            kept.add(Require.text(FieldPath.of("annualGoals").at(i), goals.get(i)));
        }
        return List.copyOf(kept);
    }

    @EventSourcingHandler
    void on(PlanFramed event) {
        key = PlanKey.of(event.teamId(), event.quarter());
        purpose = event.purpose();
        outcome = event.outcome();
        annualGoals = event.annualGoals();
    }

    @EventSourcingHandler
    void on(PlanReframed event) {
        purpose = Change.valueAfter(event.purpose(), purpose);
        outcome = Change.valueAfter(event.outcome(), outcome);
        annualGoals = Change.valueAfter(event.annualGoals(), annualGoals);
    }
}
