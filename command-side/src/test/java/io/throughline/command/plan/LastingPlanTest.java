package io.throughline.command.plan;

import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.Change;
import io.throughline.kernel.plan.LastingPlanSet;
import io.throughline.kernel.plan.SetLastingPlan;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.NOT_FOUND;

class LastingPlanTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final LastingPlanSet FIRST_SET = new LastingPlanSet(SALES,
            new Change<>(List.of(), List.of("Customers first", "Say it plainly")),
            new Change<>(null, "Bring revenue in"), new Change<>(null, "Every hospital in Europe"),
            new Change<>(List.of(), List.of("100 customers by 2029")), null);

    private AggregateTestFixture<LastingPlan> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(LastingPlan.class);
        fixture.registerInjectableResource(new InMemoryTeams().root(SALES));
    }

    @Test
    void aTeamSetsItsLastingPartsEachStripped() {
        fixture.givenNoPriorActivity()
                .when(new SetLastingPlan(SALES, List.of(" Customers first ", "Say it plainly"), " Bring revenue in ",
                        "Every hospital in Europe", List.of("100 customers by 2029"), " "))
                .expectEvents(FIRST_SET);
    }

    @Test
    void aChangeRecordsOnlyThePartsThatChangedWithBeforeAfterAndReason() {
        fixture.given(FIRST_SET)
                .when(new SetLastingPlan(SALES, null, "Grow revenue", "Every hospital in Europe", null, "New strategy"))
                .expectEvents(new LastingPlanSet(SALES, null, new Change<>("Bring revenue in", "Grow revenue"), null,
                        null, "New strategy"));
    }

    @Test
    void aBlankPurposeClearsIt() {
        fixture.given(FIRST_SET)
                .when(new SetLastingPlan(SALES, null, "", null, null, null))
                .expectEvents(new LastingPlanSet(SALES, null, new Change<>("Bring revenue in", null), null, null, null));
    }

    @Test
    void settingWhatTheLastingPlanAlreadySaysIsRefused() {
        fixture.given(FIRST_SET)
                .when(new SetLastingPlan(SALES, List.of("Customers first", "Say it plainly"), "Bring revenue in", null,
                        null, null))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void aBlankCoreValueIsRefusedByItsPosition() {
        fixture.givenNoPriorActivity()
                .when(new SetLastingPlan(SALES, List.of("Customers first", " "), null, null, null, null))
                .expectNoEvents().expectException(rejected(INVALID, "coreValues[1]"));
    }

    @Test
    void aBlankLongRangeTargetIsRefusedByItsPosition() {
        fixture.givenNoPriorActivity()
                .when(new SetLastingPlan(SALES, null, null, null, List.of(""), null))
                .expectNoEvents().expectException(rejected(INVALID, "longRangeTargets[0]"));
    }

    @Test
    void onlyAnExistingTeamHasALastingPlan() {
        fixture.givenNoPriorActivity()
                .when(new SetLastingPlan(new TeamId("ghost"), null, "Purpose", null, null, null))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "teamId"));
    }
}
