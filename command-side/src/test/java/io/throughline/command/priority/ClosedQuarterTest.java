package io.throughline.command.priority;

import io.throughline.command.quarter.InMemoryQuarters;
import io.throughline.kernel.Change;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.PriorityCarriedOver;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.ReinstatePriority;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.command.priority.Cascade.ALICE;
import static io.throughline.command.priority.Cascade.COMPANY_Q4;
import static io.throughline.command.priority.Cascade.PRIORITY;
import static io.throughline.command.priority.Cascade.Q4;
import static io.throughline.command.priority.Cascade.SALES;
import static io.throughline.command.priority.Cascade.assigned;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;

/** A closed quarter accepts nothing new; what its closing leaves behind. */
class ClosedQuarterTest {

    private AggregateTestFixture<Priority> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Priority.class);
        fixture.registerInjectableResource(Cascade.teams());
        fixture.registerInjectableResource(Cascade.priorities());
        fixture.registerInjectableResource(new InMemoryQuarters().closed(SALES, Q4));
        fixture.registerInjectableResource(Cascade.annualGoals());
    }

    @Test
    void aClosedQuarterRefusesANewPriority() {
        fixture.givenNoPriorActivity()
                .when(new AssignPriority(PRIORITY, SALES, Q4, "Late idea", ALICE, null, null, COMPANY_Q4, null))
                .expectNoEvents().expectException(rejected(CONFLICT, "quarter"));
    }

    @Test
    void aClosedQuarterRefusesAStatusReport() {
        fixture.given(assigned())
                .when(new UpdatePriorityStatus(PRIORITY, PriorityStatus.ON_TRACK, null, null, null))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void aClosedQuarterRefusesReinstatingItsPriorities() {
        fixture.given(assigned(), new PriorityMissed(PRIORITY,
                        new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.MISSED), "learned"))
                .when(new ReinstatePriority(PRIORITY, "not over", null))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void aCarriedOverPriorityLivesOnInItsSuccessorAndIsNotReinstated() {
        AggregateTestFixture<Priority> open = Cascade.fixture();
        open.given(assigned(), new PriorityCarriedOver(PRIORITY,
                        new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.CARRIED_OVER), Cascade.UNKNOWN,
                        Q4.next()))
                .when(new ReinstatePriority(PRIORITY, "undo", null))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void aMissedPriorityIsReinstatedOnceItsQuarterIsOpenAgain() {
        Cascade.fixture().given(assigned(), new PriorityMissed(PRIORITY,
                        new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.MISSED), "learned"))
                .when(new ReinstatePriority(PRIORITY, "not over", null))
                .expectEvents(new PriorityReinstated(PRIORITY,
                        new Change<>(PriorityStatus.MISSED, PriorityStatus.NOT_STARTED), "not over"));
    }
}
