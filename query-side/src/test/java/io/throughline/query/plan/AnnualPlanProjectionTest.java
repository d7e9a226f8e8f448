package io.throughline.query.plan;

import io.throughline.kernel.Change;
import io.throughline.kernel.plan.AnnualGoalChanged;
import io.throughline.kernel.plan.AnnualGoalDefined;
import io.throughline.kernel.plan.AnnualGoalId;
import io.throughline.kernel.plan.AnnualGoalRetired;
import io.throughline.kernel.plan.AnnualPlan;
import io.throughline.kernel.plan.GetAnnualPlan;
import io.throughline.kernel.plan.LastingPlanSet;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.support.InMemoryRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnnualPlanProjectionTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final Instant AT = Instant.parse("2027-01-04T09:00:00Z");
    private static final AnnualGoalId ARR = new AnnualGoalId("arr");
    private static final AnnualGoalId MARGIN = new AnnualGoalId("margin");

    private final AnnualPlanProjection projection = new AnnualPlanProjection(
            InMemoryRepository.of(LastingPlanEntryRepository.class, LastingPlanEntry.class),
            InMemoryRepository.of(AnnualGoalEntryRepository.class, AnnualGoalEntry.class));

    @Test
    void aTeamThatNeverSetItsLastingPartsHasEmptyOnes() {
        assertThat(plan(2027).lasting()).isEqualTo(AnnualPlan.LastingParts.NONE);
    }

    @Test
    void theLastingPartsKeepWhatALaterChangeLeftOut() {
        projection.on(new LastingPlanSet(SALES, new Change<>(List.of(), List.of("Customers first")),
                new Change<>(null, "Bring revenue in"), new Change<>(null, "Every hospital in Europe"),
                new Change<>(List.of(), List.of("100 customers by 2029")), null), AT);
        projection.on(new LastingPlanSet(SALES, null, new Change<>("Bring revenue in", "Grow revenue"), null, null,
                "New strategy"), AT.plusSeconds(60));

        assertThat(plan(2027).lasting()).isEqualTo(new AnnualPlan.LastingParts(List.of("Customers first"), "Grow revenue",
                "Every hospital in Europe", List.of("100 customers by 2029")));
    }

    @Test
    void theGoalsOfAYearAreListedInTheOrderDefinedWithTheirChangesAndRetirement() {
        projection.on(new AnnualGoalDefined(ARR, SALES, 2027, "Double ARR", null), AT);
        projection.on(new AnnualGoalDefined(MARGIN, SALES, 2027, "Margin 40%", null), AT.plusSeconds(1));
        projection.on(new AnnualGoalDefined(new AnnualGoalId("old"), SALES, 2026, "Last year's goal", null), AT);
        projection.on(new AnnualGoalChanged(ARR, SALES, new Change<>("Double ARR", "Triple ARR"), null, "Board"),
                AT.plusSeconds(2));
        projection.on(new AnnualGoalRetired(MARGIN, SALES, 2027, "Margin 40%", "Merged into ARR"), AT.plusSeconds(3));

        assertThat(plan(2027).goals()).containsExactly(
                new AnnualPlan.AnnualGoal(ARR, "Triple ARR", null, false, null),
                new AnnualPlan.AnnualGoal(MARGIN, "Margin 40%", null, true, "Merged into ARR"));
    }

    private AnnualPlan plan(int year) {
        return projection.handle(new GetAnnualPlan(SALES, year));
    }
}
