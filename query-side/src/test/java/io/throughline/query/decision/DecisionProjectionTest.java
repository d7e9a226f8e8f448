package io.throughline.query.decision;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.decision.DecisionId;
import io.throughline.kernel.decision.DecisionMode;
import io.throughline.kernel.decision.DecisionRecorded;
import io.throughline.kernel.decision.DecisionRightDefined;
import io.throughline.kernel.decision.DecisionRightRevoked;
import io.throughline.kernel.decision.DecisionRights;
import io.throughline.kernel.decision.GetDecisionRights;
import io.throughline.kernel.decision.GetTeamDecisions;
import io.throughline.kernel.decision.HolderRole;
import io.throughline.kernel.decision.RightHolder;
import io.throughline.kernel.decision.TeamDecisions;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.support.InMemoryRepository;
import io.throughline.query.team.KnownTeams;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionProjectionTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final PersonId DANA = new PersonId("dana");
    private static final PersonId BOB = new PersonId("bob");
    private static final RightHolder LEAD = RightHolder.of(HolderRole.LEAD);
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final DecisionProjection projection = new DecisionProjection(
            InMemoryRepository.of(DecisionRightEntryRepository.class, DecisionRightEntry.class),
            InMemoryRepository.of(DecisionEntryRepository.class, DecisionEntry.class),
            KnownTeams.of(SALES));

    @Test
    void theRightsMatrixHasOneLinePerCategoryWithItsHoldersByMode() {
        projection.on(defined("pricing", LEAD, null, DecisionMode.DECIDE), AT);
        projection.on(defined("pricing", RightHolder.of(BOB), null, DecisionMode.CONSULT), AT);
        projection.on(defined("hiring", RightHolder.of(DANA), null, DecisionMode.INFORM), AT);

        assertThat(rights()).containsExactly(
                new DecisionRights.CategoryRights("hiring", List.of(), List.of(), List.of(RightHolder.of(DANA))),
                new DecisionRights.CategoryRights("pricing", List.of(LEAD), List.of(RightHolder.of(BOB)), List.of()));
    }

    @Test
    void aRightDefinedAgainChangesItsModeInPlace() {
        projection.on(defined("pricing", RightHolder.of(BOB), null, DecisionMode.CONSULT), AT);
        projection.on(defined("pricing", RightHolder.of(BOB), DecisionMode.CONSULT, DecisionMode.DECIDE), AT);

        assertThat(rights()).containsExactly(
                new DecisionRights.CategoryRights("pricing", List.of(RightHolder.of(BOB)), List.of(), List.of()));
    }

    @Test
    void aRevokedRightLeavesTheMatrix() {
        projection.on(defined("pricing", LEAD, null, DecisionMode.DECIDE), AT);
        projection.on(new DecisionRightRevoked(SALES, "pricing", LEAD, new Change<>(DecisionMode.DECIDE, null)));

        assertThat(rights()).isEmpty();
    }

    @Test
    void decisionsAreListedNewestFirstWithWhoRecordedThem() {
        projection.on(recorded("first"), 0, AT, "dana");
        projection.on(recorded("second"), 1, AT.plusSeconds(60), "bob");

        List<TeamDecisions.Decision> decisions = projection.handle(new GetTeamDecisions(SALES)).orElseThrow().decisions();
        assertThat(decisions).extracting(TeamDecisions.Decision::title).containsExactly("second", "first");
        assertThat(decisions.get(0).recordedBy()).isEqualTo("bob");
    }

    @Test
    void anUnknownTeamHasNoDecisionsNorRights() {
        TeamId unknown = new TeamId("unknown");
        assertThat(projection.handle(new GetTeamDecisions(unknown))).isEmpty();
        assertThat(projection.handle(new GetDecisionRights(unknown))).isEmpty();
    }

    private List<DecisionRights.CategoryRights> rights() {
        return projection.handle(new GetDecisionRights(SALES)).orElseThrow().categories();
    }

    private static DecisionRightDefined defined(String category, RightHolder holder, DecisionMode before,
                                                DecisionMode after) {
        return new DecisionRightDefined(SALES, category, holder, new Change<>(before, after));
    }

    private static DecisionRecorded recorded(String title) {
        return new DecisionRecorded(new DecisionId(title), SALES, "pricing", title, "we decided " + title, DANA,
                List.of(BOB), null, false, null);
    }
}
