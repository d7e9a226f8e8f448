package io.throughline.command.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.priority.ChangePriority;
import io.throughline.kernel.priority.CompletePriority;
import io.throughline.kernel.priority.DropPriority;
import io.throughline.kernel.priority.PriorityChanged;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.ReassignPriority;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.priority.ReinstatePriority;
import io.throughline.kernel.priority.UpdatePriorityStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.command.priority.Cascade.BOB;
import static io.throughline.command.priority.Cascade.COMPANY_Q4_OTHER;
import static io.throughline.command.priority.Cascade.PRIORITY;
import static io.throughline.command.priority.Cascade.assigned;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static io.throughline.kernel.priority.PriorityStatus.AT_RISK;
import static io.throughline.kernel.priority.PriorityStatus.COMPLETED;
import static io.throughline.kernel.priority.PriorityStatus.DROPPED;
import static io.throughline.kernel.priority.PriorityStatus.NOT_STARTED;
import static io.throughline.kernel.priority.PriorityStatus.OFF_TRACK;
import static io.throughline.kernel.priority.PriorityStatus.ON_TRACK;

/**
 * What happens to a priority after it is assigned: its wording changes, its owner reports its status, it is completed
 * or dropped, and reinstated. Every accepted command answers the priority's new version: the sequence number of the
 * event it stored (the assignment is 0).
 */
class PriorityLifecycleTest {

    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

    private AggregateTestFixture<Priority> fixture;

    @BeforeEach
    void setUp() {
        fixture = Cascade.fixture();
    }

    @Nested
    class ChangingAPriority {

        @Test
        void onlyTheFieldsThatChangeCarryAChange() {
            fixture.given(assigned())
                    .when(change("Title", "Why it matters", null, NOV_30))
                    .expectEvents(new PriorityChanged(PRIORITY, null, new Change<>(null, "Why it matters"), null,
                            new Change<>(null, NOV_30), null))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void textIsKeptWithoutSurroundingBlanks() {
            fixture.given(assigned())
                    .when(change("  New title ", null, " 10 logos ", null))
                    .expectEvents(new PriorityChanged(PRIORITY, new Change<>("Title", "New title"), null,
                            new Change<>(null, "10 logos"), null, null));
        }

        @Test
        void aBlankDescriptionOrSuccessCriterionRemovesIt() {
            fixture.given(assigned(), new PriorityChanged(PRIORITY, null, new Change<>(null, "Why"),
                            new Change<>(null, "10 logos"), null, null))
                    .when(change(null, "", "  ", null))
                    .expectEvents(new PriorityChanged(PRIORITY, null, new Change<>("Why", null),
                            new Change<>("10 logos", null), null, null))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aChangeThatChangesNothingIsAConflict() {
            rejects(change("Title", null, null, null), CONFLICT, null);
        }

        @Test
        void aChangeOfNoFieldIsAConflict() {
            rejects(change(null, null, null, null), CONFLICT, null);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void blankTitleIsRejected(String title) {
            rejects(change(title, null, null, null), INVALID, "title");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-09-30", "2027-01-01"})
        void dueDateMustStayInsideTheQuarter(LocalDate dueDate) {
            rejects(change(null, null, null, dueDate), RULE_BROKEN, "dueDate");
        }

        private ChangePriority change(String title, String description, String successCriterion, LocalDate dueDate) {
            return new ChangePriority(PRIORITY, title, description, successCriterion, dueDate, null, null);
        }

        private void rejects(ChangePriority command, Kind kind, String field) {
            fixture.given(assigned()).when(command).expectNoEvents().expectException(rejected(kind, field));
        }
    }

    @Nested
    class ReportingTheStatus {

        @Test
        void theOwnerReportsAStatusWithCommentAndConfidence() {
            fixture.given(assigned())
                    .when(report(AT_RISK, "supplier late", 4))
                    .expectEvents(new PriorityStatusUpdated(PRIORITY, new Change<>(NOT_STARTED, AT_RISK),
                            "supplier late", 4))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void reportingTheSameStatusAgainStoresTheReportWithoutAStatusChange() {
            fixture.given(assigned(), statusUpdated(NOT_STARTED, ON_TRACK))
                    .when(report(ON_TRACK, "still fine", null))
                    .expectEvents(new PriorityStatusUpdated(PRIORITY, null, "still fine", null))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aReportThatOnlyRepeatsTheStatusSaysNothingAndIsRefused() {
            fixture.given(assigned(), statusUpdated(NOT_STARTED, ON_TRACK))
                    .when(report(ON_TRACK, "  ", null))
                    .expectNoEvents()
                    .expectException(rejected(CONFLICT, "status"));
        }

        @ParameterizedTest
        @EnumSource(value = PriorityStatus.class, names = {"COMPLETED", "DROPPED", "NOT_STARTED"})
        void onlyOnTrackAtRiskAndOffTrackCanBeReported(PriorityStatus status) {
            rejects(report(status, null, null), INVALID, "status");
        }

        @Test
        void statusIsRequired() {
            rejects(report(null, null, null), INVALID, "status");
        }

        @ParameterizedTest
        @ValueSource(ints = {-1, 11})
        void confidenceOutsideZeroToTenIsRejected(int confidence) {
            rejects(report(ON_TRACK, null, confidence), INVALID, "confidence");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 10})
        void confidenceMayBeZeroOrTen(int confidence) {
            fixture.given(assigned())
                    .when(report(OFF_TRACK, null, confidence))
                    .expectEvents(new PriorityStatusUpdated(PRIORITY, new Change<>(NOT_STARTED, OFF_TRACK), null,
                            confidence));
        }

        private void rejects(UpdatePriorityStatus command, Kind kind, String field) {
            fixture.given(assigned()).when(command).expectNoEvents().expectException(rejected(kind, field));
        }
    }

    @Nested
    class ClosingAPriority {

        @Test
        void completingRecordsTheStatusItHadAndTheComment() {
            fixture.given(assigned(), statusUpdated(NOT_STARTED, AT_RISK))
                    .when(new CompletePriority(PRIORITY, " shipped ", null))
                    .expectEvents(new PriorityCompleted(PRIORITY, new Change<>(AT_RISK, COMPLETED), "shipped"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void droppingRecordsTheStatusItHadAndTheReason() {
            fixture.given(assigned())
                    .when(drop("no budget"))
                    .expectEvents(new PriorityDropped(PRIORITY, new Change<>(NOT_STARTED, DROPPED), "no budget"))
                    .expectResultMessagePayload(1L);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void droppingRequiresAReason(String reason) {
            fixture.given(assigned())
                    .when(drop(reason))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "reason"));
        }

        @ParameterizedTest(name = "{0} a {1} priority")
        @MethodSource("io.throughline.command.priority.PriorityLifecycleTest#commandsOnClosedPriorities")
        void aClosedPriorityRefusesEverythingButBeingReinstated(String commandName, PriorityStatus closedAs,
                                                               Object command) {
            fixture.given(assigned(), closed(NOT_STARTED, closedAs))
                    .when(command)
                    .expectNoEvents()
                    .expectException(rejected(CONFLICT, null));
        }

        private DropPriority drop(String reason) {
            return new DropPriority(PRIORITY, reason, null);
        }
    }

    @Nested
    class ReinstatingAPriority {

        @Test
        void aDroppedPriorityReturnsToItsLastOpenStatus() {
            fixture.given(assigned(), statusUpdated(NOT_STARTED, AT_RISK), closed(AT_RISK, DROPPED))
                    .when(reinstate("budget found"))
                    .expectEvents(new PriorityReinstated(PRIORITY, new Change<>(DROPPED, AT_RISK), "budget found"))
                    .expectResultMessagePayload(3L);
        }

        @Test
        void aCompletedPriorityReturnsToItsLastOpenStatus() {
            fixture.given(assigned(), statusUpdated(NOT_STARTED, OFF_TRACK), closed(OFF_TRACK, COMPLETED))
                    .when(reinstate("not done after all"))
                    .expectEvents(new PriorityReinstated(PRIORITY, new Change<>(COMPLETED, OFF_TRACK),
                            "not done after all"));
        }

        @Test
        void aPriorityClosedBeforeAnyReportReturnsToNotStarted() {
            fixture.given(assigned(), closed(NOT_STARTED, DROPPED))
                    .when(reinstate("back"))
                    .expectEvents(new PriorityReinstated(PRIORITY, new Change<>(DROPPED, NOT_STARTED), "back"));
        }

        @Test
        void aReinstatedPriorityAcceptsReportsAgain() {
            fixture.given(assigned(), statusUpdated(NOT_STARTED, AT_RISK), closed(AT_RISK, DROPPED),
                            reinstated(DROPPED, AT_RISK))
                    .when(report(ON_TRACK, null, null))
                    .expectEvents(new PriorityStatusUpdated(PRIORITY, new Change<>(AT_RISK, ON_TRACK), null, null))
                    .expectResultMessagePayload(4L);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void reinstatingRequiresAReason(String reason) {
            fixture.given(assigned(), closed(NOT_STARTED, DROPPED))
                    .when(reinstate(reason))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "reason"));
        }

        @Test
        void onlyAClosedPriorityCanBeReinstated() {
            fixture.given(assigned(), statusUpdated(NOT_STARTED, ON_TRACK))
                    .when(reinstate("why"))
                    .expectNoEvents()
                    .expectException(rejected(CONFLICT, null));
        }

        @Test
        void aReinstatedPriorityCannotBeReinstatedAgain() {
            fixture.given(assigned(), closed(NOT_STARTED, COMPLETED), reinstated(COMPLETED, NOT_STARTED))
                    .when(reinstate("again"))
                    .expectNoEvents()
                    .expectException(rejected(CONFLICT, null));
        }

        private ReinstatePriority reinstate(String reason) {
            return new ReinstatePriority(PRIORITY, reason, null);
        }
    }

    /** Every command but ReinstatePriority, each valid on an open priority, against a dropped and a completed one. */
    static Stream<Arguments> commandsOnClosedPriorities() {
        Stream<Object> commands = Stream.of(
                new ChangePriority(PRIORITY, "New title", null, null, null, "why", null),
                new ReassignPriority(PRIORITY, BOB, "why", null),
                report(ON_TRACK, null, null),
                new CompletePriority(PRIORITY, null, null),
                new DropPriority(PRIORITY, "why", null),
                new RealignPriority(PRIORITY, COMPANY_Q4_OTHER, "why", null),
                new RealignPriority(PRIORITY, null, "why", null));
        return commands.flatMap(command -> Stream.of(DROPPED, COMPLETED).map(closedAs ->
                Arguments.of(command.getClass().getSimpleName(), closedAs, command)));
    }

    private static UpdatePriorityStatus report(PriorityStatus status, String comment, Integer confidence) {
        return new UpdatePriorityStatus(PRIORITY, status, comment, confidence, null);
    }

    private static PriorityStatusUpdated statusUpdated(PriorityStatus before, PriorityStatus after) {
        return new PriorityStatusUpdated(PRIORITY, new Change<>(before, after), null, null);
    }

    /** A PriorityDropped or PriorityCompleted event that closes the priority from an open status. */
    private static Object closed(PriorityStatus from, PriorityStatus closedAs) {
        return closedAs == DROPPED
                ? new PriorityDropped(PRIORITY, new Change<>(from, DROPPED), "why")
                : new PriorityCompleted(PRIORITY, new Change<>(from, COMPLETED), null);
    }

    private static PriorityReinstated reinstated(PriorityStatus from, PriorityStatus to) {
        return new PriorityReinstated(PRIORITY, new Change<>(from, to), "why");
    }
}
