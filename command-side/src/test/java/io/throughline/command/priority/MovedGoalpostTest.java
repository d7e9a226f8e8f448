package io.throughline.command.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.priority.ChangePriority;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.RealignPriority;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.command.priority.Cascade.COMPANY_Q4;
import static io.throughline.command.priority.Cascade.COMPANY_Q4_OTHER;
import static io.throughline.command.priority.Cascade.PRIORITY;
import static io.throughline.command.priority.Cascade.assigned;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static io.throughline.kernel.priority.PriorityStatus.NOT_STARTED;
import static io.throughline.kernel.priority.PriorityStatus.ON_TRACK;

/**
 * A reason for every moved goalpost: changing a priority's wording or due date, or realigning it, needs a reason once
 * it has a status report or half of its quarter (2026-Q4 here: from 16 November) has gone; before, one is optional.
 */
class MovedGoalpostTest {

    /** The last day of the first half of 2026-Q4. */
    private static final Clock NOV_15 = Clock.fixed(Instant.parse("2026-11-15T12:00:00Z"), ZoneOffset.UTC);
    /** The first day of its second half. */
    private static final Clock NOV_16 = Clock.fixed(Instant.parse("2026-11-16T08:00:00Z"), ZoneOffset.UTC);

    private static final PriorityStatusUpdated REPORTED = new PriorityStatusUpdated(PRIORITY,
            new Change<>(NOT_STARTED, ON_TRACK), "going well", 7);

    @Nested
    class ChangingAPriority {

        @Test
        void aChangeEarlyInTheQuarterWithoutAReportNeedsNoReason() {
            Cascade.fixture().given(assigned())
                    .when(change(null))
                    .expectEvents(changed(null));
        }

        @Test
        void aChangeOnTheLastDayOfTheFirstHalfNeedsNoReason() {
            Cascade.fixture(NOV_15).given(assigned())
                    .when(change(null))
                    .expectEvents(changed(null));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "   ")
        void aChangeAfterAStatusReportNeedsAReason(String reason) {
            Cascade.fixture().given(assigned(), REPORTED)
                    .when(change(reason))
                    .expectNoEvents()
                    .expectException(rejected(RULE_BROKEN, "reason"));
        }

        @Test
        void aChangePastHalfOfTheQuarterNeedsAReason() {
            Cascade.fixture(NOV_16).given(assigned())
                    .when(change(null))
                    .expectNoEvents()
                    .expectException(rejected(RULE_BROKEN, "reason"));
        }

        @Test
        void theReasonGivenIsStoredWithTheChange() {
            Cascade.fixture(NOV_16).given(assigned(), REPORTED)
                    .when(change("  the customer moved the launch "))
                    .expectEvents(changed("the customer moved the launch"));
        }

        @Test
        void aReasonGivenWhenNoneIsNeededIsStoredToo() {
            Cascade.fixture().given(assigned())
                    .when(change("clearer wording"))
                    .expectEvents(changed("clearer wording"));
        }

        private ChangePriority change(String reason) {
            return new ChangePriority(PRIORITY, "Win EMEA", null, null, null, reason, null);
        }

        private PriorityChanged changed(String reason) {
            return new PriorityChanged(PRIORITY, new Change<>("Title", "Win EMEA"), null, null, null, reason);
        }
    }

    @Nested
    class RealigningAPriority {

        @Test
        void aRealignmentEarlyInTheQuarterWithoutAReportNeedsNoReason() {
            Cascade.fixture().given(assigned())
                    .when(realign(null))
                    .expectEvents(realigned(null));
        }

        @Test
        void aRealignmentAfterAStatusReportNeedsAReason() {
            rejectsWithoutReason(Cascade.fixture(), REPORTED);
        }

        @Test
        void aRealignmentPastHalfOfTheQuarterNeedsAReason() {
            rejectsWithoutReason(Cascade.fixture(NOV_16));
        }

        @Test
        void theReasonGivenIsStoredWithTheRealignment() {
            Cascade.fixture(NOV_16).given(assigned(), REPORTED)
                    .when(realign("the company split its goal"))
                    .expectEvents(realigned("the company split its goal"));
        }

        private void rejectsWithoutReason(AggregateTestFixture<Priority> fixture, Object... history) {
            fixture.given(assigned()).andGiven(history)
                    .when(realign(null))
                    .expectNoEvents()
                    .expectException(rejected(RULE_BROKEN, "reason"));
        }

        private RealignPriority realign(String reason) {
            return new RealignPriority(PRIORITY, COMPANY_Q4_OTHER, reason, null);
        }

        private PriorityRealigned realigned(String reason) {
            return new PriorityRealigned(PRIORITY, new Change<>(COMPANY_Q4, COMPANY_Q4_OTHER), reason);
        }
    }
}
