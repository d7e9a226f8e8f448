package io.throughline.command.checkin;

import io.throughline.command.priority.Placement;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.checkin.CheckInRecorded;
import io.throughline.kernel.checkin.Commitment;
import io.throughline.kernel.checkin.CommitmentCompleted;
import io.throughline.kernel.checkin.CommitmentDropped;
import io.throughline.kernel.checkin.CompleteCommitment;
import io.throughline.kernel.checkin.DropCommitment;
import io.throughline.kernel.checkin.RecordCheckIn;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.NOT_FOUND;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;

/** Sam checks in with Olive on 2 November and reviews one of the two priorities that exist. */
class CheckInTest {

    private static final CheckInId CHECK_IN = new CheckInId("check-in");
    private static final PersonId SAM = new PersonId("sam");
    private static final PersonId OLIVE = new PersonId("olive");
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);
    private static final PriorityId LOGOS = new PriorityId("logos");
    private static final PriorityId CHURN = new PriorityId("churn");
    private static final Commitment CALL = new Commitment("Call three customers", NOV_2.plusDays(7));
    private static final Commitment DRAFT = new Commitment("Draft the plan", NOV_2);
    private static final CheckInRecorded RECORDED = new CheckInRecorded(CHECK_IN, SAM, OLIVE, NOV_2,
            CheckInPhase.TRACK, List.of(LOGOS), "Going well", List.of(CALL, DRAFT));

    private AggregateTestFixture<CheckIn> fixture;

    @BeforeEach
    void fixture() {
        Placement placement = new Placement(new TeamId("sales"), new Quarter("2026-Q4"), OLIVE, false);
        List<PriorityId> existing = List.of(LOGOS, CHURN);
        PriorityDirectory priorities = id -> existing.contains(id) ? Optional.of(placement) : Optional.empty();
        fixture = new AggregateTestFixture<>(CheckIn.class);
        fixture.registerInjectableResource(priorities);
    }

    @Test
    void aLeaderRecordsACheckInWithTrimmedTextAndEachPriorityOnce() {
        fixture.givenNoPriorActivity()
                .when(checkIn(SAM, OLIVE, List.of(LOGOS, LOGOS), " Going well ",
                        List.of(new Commitment(" Call three customers ", CALL.dueDate()), DRAFT)))
                .expectEvents(RECORDED);
    }

    @Test
    void withoutPrioritiesNotesOrCommitmentsTheCheckInHasEmptyLists() {
        fixture.givenNoPriorActivity()
                .when(checkIn(SAM, OLIVE, null, "  ", null))
                .expectEvents(new CheckInRecorded(CHECK_IN, SAM, OLIVE, NOV_2, CheckInPhase.TRACK, List.of(), null,
                        List.of()));
    }

    @Test
    void aLeaderChecksInWithSomeoneElse() {
        fixture.givenNoPriorActivity()
                .when(checkIn(SAM, SAM, List.of(), null, List.of()))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "personId"));
    }

    @Test
    void theLeaderIsRequired() {
        fixture.givenNoPriorActivity()
                .when(checkIn(null, OLIVE, List.of(), null, List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "leaderId"));
    }

    @Test
    void thePersonIsRequired() {
        fixture.givenNoPriorActivity()
                .when(checkIn(SAM, null, List.of(), null, List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "personId"));
    }

    @Test
    void theDateIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new RecordCheckIn(CHECK_IN, SAM, OLIVE, null, CheckInPhase.TRACK, null, null, null))
                .expectNoEvents().expectException(rejected(INVALID, "date"));
    }

    @Test
    void thePhaseIsRequired() {
        fixture.givenNoPriorActivity()
                .when(new RecordCheckIn(CHECK_IN, SAM, OLIVE, NOV_2, null, null, null, null))
                .expectNoEvents().expectException(rejected(INVALID, "phase"));
    }

    @Test
    void everyPriorityReviewedExists() {
        fixture.givenNoPriorActivity()
                .when(checkIn(SAM, OLIVE, List.of(CHURN, new PriorityId("unknown")), null, List.of()))
                .expectNoEvents().expectException(rejected(INVALID, "prioritiesReviewed[1]"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void aCommitmentSaysWhat(String text) {
        fixture.givenNoPriorActivity()
                .when(checkIn(SAM, OLIVE, List.of(), null, List.of(CALL, new Commitment(text, CALL.dueDate()))))
                .expectNoEvents().expectException(rejected(INVALID, "commitments[1].text"));
    }

    @Test
    void aCommitmentHasADueDate() {
        fixture.givenNoPriorActivity()
                .when(checkIn(SAM, OLIVE, List.of(), null, List.of(new Commitment("Call", null))))
                .expectNoEvents().expectException(rejected(INVALID, "commitments[0].dueDate"));
    }

    @Test
    void aCommitmentIsNotDueBeforeTheCheckIn() {
        fixture.givenNoPriorActivity()
                .when(checkIn(SAM, OLIVE, List.of(), null, List.of(new Commitment("Call", NOV_2.minusDays(1)))))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "commitments[0].dueDate"));
    }

    @Test
    void anOpenCommitmentIsCompleted() {
        fixture.given(RECORDED)
                .when(new CompleteCommitment(CHECK_IN, 2))
                .expectEvents(new CommitmentCompleted(CHECK_IN, 2));
    }

    @Test
    void anOpenCommitmentIsDroppedWithAReason() {
        fixture.given(RECORDED)
                .when(new DropCommitment(CHECK_IN, 1, " Customers on holiday "))
                .expectEvents(new CommitmentDropped(CHECK_IN, 1, "Customers on holiday"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void droppingNeedsAReason(String reason) {
        fixture.given(RECORDED)
                .when(new DropCommitment(CHECK_IN, 1, reason))
                .expectNoEvents().expectException(rejected(INVALID, "reason"));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void anUnknownCommitmentIsNotFound(int number) {
        fixture.given(RECORDED)
                .when(new CompleteCommitment(CHECK_IN, number))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "number"));
    }

    @Test
    void onlyAnOpenCommitmentIsClosed() {
        for (Object closed : List.of(new CommitmentCompleted(CHECK_IN, 1), new CommitmentDropped(CHECK_IN, 1, "Why"))) {
            for (Object closing : List.of(new CompleteCommitment(CHECK_IN, 1), new DropCommitment(CHECK_IN, 1, "Why"))) {
                fixture.given(Arrays.asList(RECORDED, closed))
                        .when(closing)
                        .expectNoEvents().expectException(rejected(CONFLICT, "number"));
            }
        }
    }

    private static RecordCheckIn checkIn(PersonId leader, PersonId person, List<PriorityId> reviewed, String notes,
                                         List<Commitment> commitments) {
        return new RecordCheckIn(CHECK_IN, leader, person, NOV_2, CheckInPhase.TRACK, reviewed, notes, commitments);
    }
}
