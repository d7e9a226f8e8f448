package io.throughline.query.checkin;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.checkin.CheckInRecorded;
import io.throughline.kernel.checkin.Commitment;
import io.throughline.kernel.checkin.CommitmentCompleted;
import io.throughline.kernel.checkin.CommitmentDropped;
import io.throughline.kernel.checkin.CommitmentView;
import io.throughline.kernel.checkin.GetOpenCommitments;
import io.throughline.kernel.checkin.OpenCommitments;
import io.throughline.query.support.InMemoryRepository;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The check-in projection fed events, read as a person's open commitments. */
class CheckInProjectionTest {

    private static final PersonId DANA = new PersonId("dana");
    private static final PersonId BOB = new PersonId("bob");
    private static final CheckInId FIRST = new CheckInId("first");
    private static final LocalDate TODAY = LocalDate.parse("2026-11-20");
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final CheckInEntryRepository checkIns = InMemoryRepository.of(CheckInEntryRepository.class, CheckInEntry.class);
    private final CheckInNoteRepository notes = InMemoryRepository.of(CheckInNoteRepository.class, CheckInNote.class);
    private final CommitmentEntryRepository commitments =
            InMemoryRepository.of(CommitmentEntryRepository.class, CommitmentEntry.class);
    private final CheckInProjection projection = new CheckInProjection(checkIns, notes, commitments);
    private final CheckInQueries queries = new CheckInQueries(checkIns, notes, commitments, null,
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @Test
    void theCommitmentsOfACheckInAreOpenByDueDateAndThosePastDueAreOverdue() {
        recordCheckIn(new Commitment("call the carrier", LocalDate.parse("2026-11-30")),
                new Commitment("send the offer", LocalDate.parse("2026-11-10")));

        OpenCommitments open = queries.handle(new GetOpenCommitments(BOB));
        assertThat(open.open()).extracting(CommitmentView::text).containsExactly("send the offer", "call the carrier");
        assertThat(open.overdue()).isEqualTo(1);
    }

    @Test
    void aCompletedOrDroppedCommitmentIsNoLongerOpen() {
        recordCheckIn(new Commitment("call the carrier", LocalDate.parse("2026-11-30")),
                new Commitment("send the offer", LocalDate.parse("2026-11-10")),
                new Commitment("hire", LocalDate.parse("2026-12-10")));

        projection.on(new CommitmentCompleted(FIRST, 1), AT);
        projection.on(new CommitmentDropped(FIRST, 2, "the client left"), AT);

        assertThat(queries.handle(new GetOpenCommitments(BOB)).open()).extracting(CommitmentView::text)
                .containsExactly("hire");
    }

    @Test
    void theNotesAreKeptApartFromTheCheckIn() {
        recordCheckIn();

        assertThat(notes.findById(FIRST.value())).isPresent();
    }

    @Test
    void aResetForgetsCheckInsNotesAndCommitments() {
        recordCheckIn(new Commitment("call the carrier", LocalDate.parse("2026-11-30")));
        projection.reset();

        assertThat(checkIns.findAll()).isEmpty();
        assertThat(notes.findAll()).isEmpty();
        assertThat(queries.handle(new GetOpenCommitments(BOB)).open()).isEmpty();
    }

    private void recordCheckIn(Commitment... commitments) {
        projection.on(new CheckInRecorded(FIRST, DANA, BOB, LocalDate.parse("2026-11-02"), CheckInPhase.TRACK,
                List.of(), "private words", List.of(commitments)), AT);
    }
}
