package io.throughline.command.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityWeighed;
import io.throughline.kernel.priority.WeighPriority;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.command.priority.Cascade.PRIORITY;
import static io.throughline.command.priority.Cascade.assigned;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;

/** How much a priority counts in measured progress: its weight in its parent's, its milestones' among its own. */
class PriorityWeightTest {

    private AggregateTestFixture<Priority> fixture;

    @BeforeEach
    void setUp() {
        fixture = Cascade.fixture();
    }

    @Test
    void aPriorityWeighsOneUntilALeaderSetsItsWeight() {
        fixture.given(assigned())
                .when(weigh("3", null))
                .expectEvents(new PriorityWeighed(PRIORITY, change("1", "3"), null))
                .expectResultMessagePayload(1L);
    }

    @Test
    void bothWeightsMayChangeAtOnceEachFromWhereItStood() {
        fixture.given(assigned(), new PriorityWeighed(PRIORITY, change("1", "3"), null))
                .when(weigh("2", "0.5"))
                .expectEvents(new PriorityWeighed(PRIORITY, change("3", "2"), change("1", "0.5")));
    }

    @Test
    void aWeightOfZeroIsRefusedNamingTheField() {
        fixture.given(assigned()).when(weigh("0", null))
                .expectNoEvents().expectException(rejected(INVALID, "weight"));
    }

    @Test
    void aMilestonesWeightAboveAHundredIsRefusedNamingTheField() {
        fixture.given(assigned()).when(weigh(null, "100.5"))
                .expectNoEvents().expectException(rejected(INVALID, "milestonesWeight"));
    }

    @Test
    void aNegativeWeightIsRefused() {
        fixture.given(assigned()).when(weigh("-2", null))
                .expectNoEvents().expectException(rejected(INVALID, "weight"));
    }

    @Test
    void theSameWeightWrittenDifferentlyChangesNothing() {
        fixture.given(assigned()).when(weigh("1.00", null))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void aClosedPriorityIsNotWeighed() {
        fixture.given(assigned(), new PriorityDropped(PRIORITY,
                        new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.DROPPED), "No budget"))
                .when(weigh("2", null))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    private static WeighPriority weigh(String weight, String milestonesWeight) {
        return new WeighPriority(PRIORITY, weight == null ? null : new BigDecimal(weight),
                milestonesWeight == null ? null : new BigDecimal(milestonesWeight), null);
    }

    private static Change<BigDecimal> change(String before, String after) {
        return new Change<>(new BigDecimal(before), new BigDecimal(after));
    }
}
