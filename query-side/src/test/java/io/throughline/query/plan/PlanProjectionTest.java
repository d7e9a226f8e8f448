package io.throughline.query.plan;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.plan.GetTeamPlan;
import io.throughline.kernel.plan.PlanFramed;
import io.throughline.kernel.plan.PlanReframed;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.metric.KnownKpis;
import io.throughline.query.priority.KnownPriorities;
import io.throughline.query.support.InMemoryRepository;
import io.throughline.query.team.KnownTeams;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlanProjectionTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private static final Quarter NEXT = new Quarter("2027-Q1");

    private final PlanProjection projection = new PlanProjection(
            InMemoryRepository.of(PlanEntryRepository.class, PlanEntry.class), KnownTeams.of(SALES),
            KnownPriorities.of(assigned("Grow", Q4), assigned("Later", NEXT)), KnownKpis.none());

    @Test
    void aFramedPlanShowsWhatAWinLooksLike() {
        projection.on(new PlanFramed(SALES, Q4, "Win the north", "Every order ships in 24 h", List.of("Margin 40%")), AT);

        assertThat(plan(Q4).framing()).isEqualTo(new TeamPlan.Framing("Win the north", "Every order ships in 24 h",
                List.of("Margin 40%")));
    }

    @Test
    void aReframedPlanShowsItsNewOutcomeAndKeepsWhatDidNotChange() {
        projection.on(new PlanFramed(SALES, Q4, "Win the north", "Every order ships in 24 h", List.of("Margin 40%")), AT);

        projection.on(new PlanReframed(SALES, Q4, null, new Change<>("Every order ships in 24 h",
                "Every order ships in 12 h"), null, "a competitor does 12"), AT);

        assertThat(plan(Q4).framing()).isEqualTo(new TeamPlan.Framing("Win the north", "Every order ships in 12 h",
                List.of("Margin 40%")));
    }

    @Test
    void aPlanHoldsOnlyThePrioritiesOfItsQuarterAndAQuarterNotFramedHasNoFraming() {
        assertThat(plan(Q4).priorities()).extracting(PriorityView::title).containsExactly("Grow");
        assertThat(plan(NEXT).framing()).isNull();
    }

    @Test
    void anUnknownTeamHasNoPlan() {
        assertThat(projection.handle(new GetTeamPlan(new TeamId("unknown"), Q4))).isEmpty();
    }

    private static PriorityAssigned assigned(String title, Quarter quarter) {
        return new PriorityAssigned(new PriorityId(title), SALES, quarter, title, new PersonId("mona"), null, null, null, null);
    }

    private TeamPlan plan(Quarter quarter) {
        return projection.handle(new GetTeamPlan(SALES, quarter)).orElseThrow();
    }
}
