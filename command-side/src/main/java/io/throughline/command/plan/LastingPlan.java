package io.throughline.command.plan;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.CommonRule;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.Change;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.plan.LastingPlanKey;
import io.throughline.kernel.plan.LastingPlanSet;
import io.throughline.kernel.plan.SetLastingPlan;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The parts of a team's One Page Plan that outlast the quarter: core values, purpose, the long-range target (BHAG)
 * and the three-to-five-year targets. One per team; it is written the first time any part is set.
 */
@Aggregate
public class LastingPlan {

    @AggregateIdentifier
    private String key;
    private List<String> coreValues = List.of();
    private String purpose;
    private String bhag;
    private List<String> longRangeTargets = List.of();

    protected LastingPlan() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetLastingPlan command, TeamDirectory teams) {
        if (key == null && !teams.exists(command.teamId())) {
            throw CommandRejectedException.notFound("teamId", "no team with id '" + command.teamId() + "'");
        }
        Change<List<String>> newValues = command.coreValues() == null ? null
                : Change.between(coreValues, texts("coreValues", command.coreValues()));
        Change<String> newPurpose = command.purpose() == null ? null
                : Change.between(purpose, Require.optionalText(command.purpose()));
        Change<String> newBhag = command.bhag() == null ? null
                : Change.between(bhag, Require.optionalText(command.bhag()));
        Change<List<String>> newTargets = command.longRangeTargets() == null ? null
                : Change.between(longRangeTargets, texts("longRangeTargets", command.longRangeTargets()));
        if (newValues == null && newPurpose == null && newBhag == null && newTargets == null) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null,
                    "the lasting plan already says this; nothing was stored");
        }
        apply(new LastingPlanSet(command.teamId(), newValues, newPurpose, newBhag, newTargets,
                Require.optionalText(command.reason())));
    }

    /** Kept in the order given, each stripped; a blank entry is a mistake, refused by its position. */
    private static List<String> texts(String field, List<String> entries) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            kept.add(Require.text(FieldPath.of(field).at(i), entries.get(i)));
        }
        return List.copyOf(kept);
    }

    @EventSourcingHandler
    void on(LastingPlanSet event) {
        key = LastingPlanKey.of(event.teamId());
        coreValues = Change.valueAfter(event.coreValues(), coreValues);
        purpose = Change.valueAfter(event.purpose(), purpose);
        bhag = Change.valueAfter(event.bhag(), bhag);
        longRangeTargets = Change.valueAfter(event.longRangeTargets(), longRangeTargets);
    }
}
