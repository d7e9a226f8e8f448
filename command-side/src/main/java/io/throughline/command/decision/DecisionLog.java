package io.throughline.command.decision;

import io.throughline.command.AggregateCaches;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.Change;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.decision.DecisionLogKey;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.DecisionRecorded;
import io.throughline.kernel.decision.DecisionRightDefined;
import io.throughline.kernel.decision.DecisionRightRevoked;
import io.throughline.kernel.decision.DefineDecisionRight;
import io.throughline.kernel.decision.HolderRole;
import io.throughline.kernel.decision.RecordDecision;
import io.throughline.kernel.decision.RevokeDecisionRight;
import io.throughline.kernel.decision.RightHolder;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A team's decision log: who holds which right on each category of decisions, and the decisions taken. One aggregate
 * holds both so that a decision is judged against the rights exactly as they stand when it is recorded. Started by
 * whichever comes first, a right or a decision.
 */
@Aggregate(cache = AggregateCaches.DECISION_LOGS)
public class DecisionLog {

    @AggregateIdentifier
    private String key;
    private final DecisionRightsTable rights = new DecisionRightsTable();

    protected DecisionLog() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(DefineDecisionRight command, TeamDirectory teams) {
        requireTeam(command.teamId(), teams);
        String category = category(command.category());
        RightHolder holder = holder(command.holderRole(), command.personId());
        DecisionMode mode = Require.present("mode", command.mode());
        apply(new DecisionRightDefined(command.teamId(), category, holder,
                Require.changes("mode", Change.between(rights.modeOf(category, holder), mode))));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RevokeDecisionRight command, TeamDirectory teams) {
        requireTeam(command.teamId(), teams);
        String category = category(command.category());
        RightHolder holder = holder(command.holderRole(), command.personId());
        DecisionMode mode = rights.modeOf(category, holder);
        if (mode == null) {
            throw CommandRejectedException.conflict(DecisionRule.ONLY_HELD_RIGHTS_REVOKED, "category",
                    holder + " holds no right for '" + category + "'; nothing to revoke");
        }
        apply(new DecisionRightRevoked(command.teamId(), category, holder, new Change<>(mode, null)));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDecision command, TeamDirectory teams, PriorityDirectory priorities) {
        TeamId team = command.teamId();
        requireTeam(team, teams);
        String category = category(command.category());
        String title = Require.text("title", command.title());
        String decision = Require.text("decision", command.decision());
        PersonId decider = Require.present("deciderId", command.deciderId());
        List<PersonId> consulted = consulted(command.consulted());
        if (command.relatedPriorityId() != null && priorities.placementOf(command.relatedPriorityId()).isEmpty()) {
            throw CommandRejectedException.invalid("relatedPriorityId",
                    "no priority with id '" + command.relatedPriorityId() + "'");
        }
        String flagReason = rights.flagReason(category, decider, holder -> holds(holder, decider, team, teams));
        apply(new DecisionRecorded(command.decisionId(), team, category, title, decision, decider, consulted,
                command.relatedPriorityId(), flagReason != null, flagReason));
    }

    /** A role is held by whoever fills it in the team now: the lead, or anyone in the team for MEMBER. */
    private static boolean holds(RightHolder holder, PersonId person, TeamId team, TeamDirectory teams) {
        if (holder.personId() != null) {
            return holder.personId().equals(person);
        }
        return holder.role() == HolderRole.LEAD ? teams.isLedBy(team, person) : teams.hasLeadOrMember(team, person);
    }

    private static void requireTeam(TeamId team, TeamDirectory teams) {
        if (!teams.exists(team)) {
            throw CommandRejectedException.notFound("teamId", "no team with id '" + team + "'");
        }
    }

    /** One category however it is typed: "Pricing " and "pricing" are the same. */
    private static String category(String category) {
        return Require.text("category", category).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static RightHolder holder(HolderRole role, PersonId person) {
        if (role == null && person == null) {
            throw CommandRejectedException.invalid("holderRole", "give a role (LEAD or MEMBER) or a personId");
        }
        if (role != null && person != null) {
            throw CommandRejectedException.invalid("personId", "give a role or a person, not both");
        }
        return role != null ? RightHolder.of(role) : RightHolder.of(person);
    }

    /** Kept in the order given; a person consulted twice is a slip that would count them twice. */
    private static List<PersonId> consulted(List<PersonId> people) {
        List<PersonId> kept = new ArrayList<>();
        for (int i = 0; people != null && i < people.size(); i++) {
            FieldPath field = FieldPath.of("consulted").at(i);
            PersonId person = Require.present(field, people.get(i));
            if (kept.contains(person)) {
                throw CommandRejectedException.ruleBroken(DecisionRule.CONSULTED_ONCE, field, person + " is listed twice");
            }
            kept.add(person);
        }
        return List.copyOf(kept);
    }

    @EventSourcingHandler
    void on(DecisionRightDefined event) {
        key = DecisionLogKey.of(event.teamId());
        rights.define(event.category(), event.holder(), event.mode().after());
    }

    @EventSourcingHandler
    void on(DecisionRightRevoked event) {
        rights.revoke(event.category(), event.holder());
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        key = DecisionLogKey.of(event.teamId());
    }
}
