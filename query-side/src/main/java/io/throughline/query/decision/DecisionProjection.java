package io.throughline.query.decision;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.DecisionRecorded;
import io.throughline.kernel.decision.DecisionRightDefined;
import io.throughline.kernel.decision.DecisionRightRevoked;
import io.throughline.kernel.decision.DecisionRights;
import io.throughline.kernel.decision.GetDecisionRights;
import io.throughline.kernel.decision.GetTeamDecisions;
import io.throughline.kernel.decision.RightHolder;
import io.throughline.kernel.decision.TeamDecisions;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code decision_right_view} and {@code decision_view}: each team's decision-rights matrix and decision log. */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"decision_right_view", "decision_view"})
class DecisionProjection {

    private final DecisionRightEntryRepository rights;
    private final DecisionEntryRepository decisions;
    private final TeamEntryRepository teams;

    DecisionProjection(DecisionRightEntryRepository rights, DecisionEntryRepository decisions,
                       TeamEntryRepository teams) {
        this.rights = rights;
        this.decisions = decisions;
        this.teams = teams;
    }

    @EventHandler
    void on(DecisionRightDefined event, @Timestamp Instant at) {
        rights.findById(DecisionRightEntry.keyOf(event.teamId(), event.category(), event.holder())).ifPresentOrElse(
                right -> right.changed(event.mode().after(), at),
                () -> rights.save(DecisionRightEntry.defined(event, at)));
    }

    @EventHandler
    void on(DecisionRightRevoked event) {
        rights.deleteById(DecisionRightEntry.keyOf(event.teamId(), event.category(), event.holder()));
    }

    @EventHandler
    void on(DecisionRecorded event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        decisions.save(new DecisionEntry(event, sequence, at, actor));
    }

    @ResetHandler
    void reset() {
        rights.deleteAllInBatch();
        decisions.deleteAllInBatch();
    }

    @QueryHandler
    Optional<TeamDecisions> handle(GetTeamDecisions query) {
        String teamId = query.teamId().value();
        return teams.findById(teamId).map(team -> new TeamDecisions(query.teamId(),
                decisions.findByTeamIdOrderBySequenceDesc(teamId).stream().map(DecisionEntry::toView).toList()));
    }

    @QueryHandler
    Optional<DecisionRights> handle(GetDecisionRights query) {
        String teamId = query.teamId().value();
        return teams.findById(teamId).map(team -> new DecisionRights(query.teamId(),
                matrix(rights.findByTeamIdOrderByCategoryAscDefinedAtAscHolderAsc(teamId))));
    }

    /** Rows come ordered by category: one line of the matrix per category, its holders grouped by mode. */
    private static List<DecisionRights.CategoryRights> matrix(List<DecisionRightEntry> rows) {
        Map<String, Map<DecisionMode, List<RightHolder>>> byCategory = new LinkedHashMap<>();
        rows.forEach(row -> byCategory.computeIfAbsent(row.category(), category -> new EnumMap<>(DecisionMode.class))
                .computeIfAbsent(row.mode(), mode -> new ArrayList<>()).add(row.holder()));
        return byCategory.entrySet().stream().map(category -> new DecisionRights.CategoryRights(category.getKey(),
                category.getValue().getOrDefault(DecisionMode.DECIDE, List.of()),
                category.getValue().getOrDefault(DecisionMode.CONSULT, List.of()),
                category.getValue().getOrDefault(DecisionMode.INFORM, List.of()))).toList();
    }
}
