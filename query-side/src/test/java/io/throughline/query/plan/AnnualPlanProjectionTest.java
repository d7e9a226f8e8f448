package io.throughline.query.plan;

import io.throughline.kernel.Change;
import io.throughline.kernel.plan.AnnualGoalChanged;
import io.throughline.kernel.plan.AnnualGoalDefined;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.plan.AnnualGoalRetired;
import io.throughline.kernel.plan.AnnualPlan;
import io.throughline.kernel.plan.GetAnnualPlan;
import io.throughline.kernel.plan.LastingPlanSet;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityAnnualGoalChanged;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.priority.KnownPriorities;
import io.throughline.query.priority.PriorityEntryRepository;
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
    private static final PersonId DANA = new PersonId("dana");

    private final PriorityEntryRepository priorities = KnownPriorities.of();
    private final AnnualPlanProjection projection = new AnnualPlanProjection(
            InMemoryRepository.of(LastingPlanEntryRepository.class, LastingPlanEntry.class),
            InMemoryRepository.of(AnnualGoalEntryRepository.class, AnnualGoalEntry.class), priorities);

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
                new AnnualPlan.AnnualGoal(ARR, "Triple ARR", null, false, null, List.of()),
                new AnnualPlan.AnnualGoal(MARGIN, "Margin 40%", null, true, "Merged into ARR", List.of()));
    }

    @Test
    void eachGoalListsThePrioritiesServingItAcrossTheQuartersAsTheyStand() {
        projection.on(new AnnualGoalDefined(ARR, SALES, 2027, "Double ARR", null), AT);
        projection.on(new AnnualGoalDefined(MARGIN, SALES, 2027, "Margin 40%", null), AT);
        // by quarter, then as assigned: the Q1 ones come first whatever the order assigned
        for (PriorityAssigned assigned : List.of(assigned("q3", "2027-Q3", ARR), assigned("q1", "2027-Q1", ARR),
                assigned("moved", "2027-Q1", ARR), assigned("none", "2027-Q1", null))) {
            KnownPriorities.assign(priorities, assigned);
        }
        KnownPriorities.apply(priorities, new PriorityId("moved"),
                new PriorityAnnualGoalChanged(new PriorityId("moved"), new Change<>(ARR, MARGIN), "margin first"));
        KnownPriorities.apply(priorities, new PriorityId("q1"), new PriorityStatusUpdated(new PriorityId("q1"),
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.AT_RISK), null, null));

        assertThat(plan(2027).goals()).extracting(AnnualPlan.AnnualGoal::priorities).containsExactly(
                List.of(serving("q1", "2027-Q1", PriorityStatus.AT_RISK), serving("q3", "2027-Q3", PriorityStatus.NOT_STARTED)),
                List.of(serving("moved", "2027-Q1", PriorityStatus.NOT_STARTED)));
    }

    private static PriorityAssigned assigned(String id, String quarter, AnnualGoalId goal) {
        return new PriorityAssigned(new PriorityId(id), SALES, new Quarter(quarter), "Priority " + id, DANA, null, null,
                null, goal);
    }

    private static AnnualPlan.ServingPriority serving(String id, String quarter, PriorityStatus status) {
        return new AnnualPlan.ServingPriority(new PriorityId(id), "Priority " + id, new Quarter(quarter), status, DANA);
    }

    private AnnualPlan plan(int year) {
        return projection.handle(new GetAnnualPlan(SALES, year));
    }
}
