package io.throughline.command.plan;

import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.Change;
import io.throughline.kernel.plan.AnnualGoalChanged;
import io.throughline.kernel.plan.AnnualGoalDefined;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.plan.AnnualGoalRetired;
import io.throughline.kernel.plan.ChangeAnnualGoal;
import io.throughline.kernel.plan.DefineAnnualGoal;
import io.throughline.kernel.plan.RetireAnnualGoal;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.NOT_FOUND;

class AnnualGoalTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final TeamId OPS = new TeamId("ops");
    private static final AnnualGoalId GOAL = new AnnualGoalId("goal-1");
    private static final AnnualGoalDefined DEFINED = new AnnualGoalDefined(GOAL, SALES, 2027, "Double ARR", null);

    private AggregateTestFixture<AnnualGoal> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(AnnualGoal.class);
        fixture.registerInjectableResource(new InMemoryTeams().root(SALES).root(OPS));
    }

    @Test
    void aTeamDefinesAGoalOfItsYear() {
        fixture.givenNoPriorActivity()
                .when(new DefineAnnualGoal(GOAL, SALES, 2027, " Double ARR ", " "))
                .expectEvents(DEFINED);
    }

    @Test
    void aGoalNeedsATitle() {
        fixture.givenNoPriorActivity()
                .when(new DefineAnnualGoal(GOAL, SALES, 2027, " ", null))
                .expectNoEvents().expectException(rejected(INVALID, "title"));
    }

    @Test
    void aGoalNeedsAYear() {
        fixture.givenNoPriorActivity()
                .when(new DefineAnnualGoal(GOAL, SALES, null, "Double ARR", null))
                .expectNoEvents().expectException(rejected(INVALID, "year"));
    }

    @Test
    void aYearOutsideAnyPlanIsATypingSlip() {
        fixture.givenNoPriorActivity()
                .when(new DefineAnnualGoal(GOAL, SALES, 20270, "Double ARR", null))
                .expectNoEvents().expectException(rejected(INVALID, "year"));
    }

    @Test
    void onlyAnExistingTeamHasGoals() {
        fixture.givenNoPriorActivity()
                .when(new DefineAnnualGoal(GOAL, new TeamId("ghost"), 2027, "Double ARR", null))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "teamId"));
    }

    @Test
    void renamingRecordsBeforeAfterAndTheReason() {
        fixture.given(DEFINED)
                .when(new ChangeAnnualGoal(GOAL, SALES, "Triple ARR", "From 2 to 6 million", "Board raised the bar"))
                .expectEvents(new AnnualGoalChanged(GOAL, SALES, new Change<>("Double ARR", "Triple ARR"),
                        new Change<>(null, "From 2 to 6 million"), "Board raised the bar"));
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        fixture.given(DEFINED)
                .when(new ChangeAnnualGoal(GOAL, SALES, "Double ARR", null, null))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void aGoalIsNotRenamedBlank() {
        fixture.given(DEFINED)
                .when(new ChangeAnnualGoal(GOAL, SALES, "", null, null))
                .expectNoEvents().expectException(rejected(INVALID, "title"));
    }

    @Test
    void aGoalOfAnotherTeamIsNotFoundThroughThisOne() {
        fixture.given(DEFINED)
                .when(new ChangeAnnualGoal(GOAL, OPS, "Triple ARR", null, null))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "goalId"));
    }

    @Test
    void retiringNeedsAReason() {
        fixture.given(DEFINED)
                .when(new RetireAnnualGoal(GOAL, SALES, " "))
                .expectNoEvents().expectException(rejected(INVALID, "reason"));
    }

    @Test
    void aRetiredGoalKeepsItsYearAndTitleInTheEvent() {
        fixture.given(DEFINED)
                .when(new RetireAnnualGoal(GOAL, SALES, "Merged into the margin goal"))
                .expectEvents(new AnnualGoalRetired(GOAL, SALES, 2027, "Double ARR", "Merged into the margin goal"));
    }

    @Test
    void aRetiredGoalIsNotChanged() {
        fixture.given(DEFINED, new AnnualGoalRetired(GOAL, SALES, 2027, "Double ARR", "Merged"))
                .when(new ChangeAnnualGoal(GOAL, SALES, "Triple ARR", null, null))
                .expectNoEvents().expectException(rejected(CONFLICT, "goalId"));
    }

    @Test
    void aRetiredGoalIsNotRetiredAgain() {
        fixture.given(DEFINED, new AnnualGoalRetired(GOAL, SALES, 2027, "Double ARR", "Merged"))
                .when(new RetireAnnualGoal(GOAL, SALES, "Again"))
                .expectNoEvents().expectException(rejected(CONFLICT, "goalId"));
    }
}
