package io.throughline.command.plan;

import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.Change;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.plan.FramePlan;
import io.throughline.kernel.plan.PlanFramed;
import io.throughline.kernel.plan.PlanReframed;
import io.throughline.kernel.plan.ReframePlan;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.NOT_FOUND;

class PlanTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final PlanFramed FRAMED = new PlanFramed(SALES, Q4, "Bring revenue in", "Three new logos live",
            List.of("Double ARR"));

    private AggregateTestFixture<Plan> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(new InMemoryTeams().root(SALES));
    }

    @Test
    void aTeamFramesItsQuarter() {
        fixture.givenNoPriorActivity()
                .when(new FramePlan(SALES, Q4, " Bring revenue in ", "Three new logos live", List.of(" Double ARR ")))
                .expectEvents(FRAMED);
    }

    @Test
    void withoutGoalsThePlanHasAnEmptyList() {
        fixture.givenNoPriorActivity()
                .when(new FramePlan(SALES, Q4, null, "Three new logos live", null))
                .expectEvents(new PlanFramed(SALES, Q4, null, "Three new logos live", List.of()));
    }

    @Test
    void aPlanIsFramedOnlyOnce() {
        fixture.given(FRAMED)
                .when(new FramePlan(SALES, Q4, null, "Something else", List.of()))
                .expectNoEvents().expectException(rejected(CONFLICT, "quarter"));
    }

    @Test
    void theOutcomeIsWhatAPlanIsFor() {
        fixture.givenNoPriorActivity()
                .when(new FramePlan(SALES, Q4, "Purpose", " ", List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "outcome"));
    }

    @Test
    void aBlankGoalIsRefusedByItsPosition() {
        fixture.givenNoPriorActivity()
                .when(new FramePlan(SALES, Q4, null, "Win", List.of("Double ARR", "")))
                .expectNoEvents().expectException(rejected(INVALID, "annualGoals[1]"));
    }

    @Test
    void onlyAnExistingTeamHasPlans() {
        fixture.givenNoPriorActivity()
                .when(new FramePlan(new TeamId("ghost"), Q4, null, "Win", List.of()))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "teamId"));
    }

    @Test
    void reframingRecordsOnlyWhatChangedWithTheReason() {
        fixture.given(FRAMED)
                .when(new ReframePlan(SALES, Q4, "Bring revenue in", "Four new logos live", null, "strong pipeline"))
                .expectEvents(new PlanReframed(SALES, Q4, null,
                        new Change<>("Three new logos live", "Four new logos live"), null, "strong pipeline"));
    }

    @Test
    void reframingTheGoalsReplacesTheWholeList() {
        fixture.given(FRAMED)
                .when(new ReframePlan(SALES, Q4, null, null, List.of("Double ARR", "Enter DACH"), null))
                .expectEvents(new PlanReframed(SALES, Q4, null, null,
                        new Change<>(List.of("Double ARR"), List.of("Double ARR", "Enter DACH")), null));
    }

    @Test
    void aReframingThatChangesNothingIsRefused() {
        fixture.given(FRAMED)
                .when(new ReframePlan(SALES, Q4, "Bring revenue in", "Three new logos live", List.of("Double ARR"), "x"))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void aReframedOutcomeCannotBeBlank() {
        fixture.given(FRAMED)
                .when(new ReframePlan(SALES, Q4, null, "  ", null, null))
                .expectNoEvents().expectException(rejected(INVALID, "outcome"));
    }
}
