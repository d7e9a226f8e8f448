package io.throughline.query.checkin;

import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInRecorded;
import io.throughline.kernel.checkin.CommitmentCompleted;
import io.throughline.kernel.checkin.CommitmentDropped;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/** {@code check_in_view}, {@code check_in_note} and {@code commitment_view}: the check-ins and their commitments. */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"check_in_view", "check_in_note", "commitment_view"})
class CheckInProjection {

    private final CheckInEntryRepository checkIns;
    private final CheckInNoteRepository notes;
    private final CommitmentEntryRepository commitments;

    CheckInProjection(CheckInEntryRepository checkIns, CheckInNoteRepository notes,
                      CommitmentEntryRepository commitments) {
        this.checkIns = checkIns;
        this.notes = notes;
        this.commitments = commitments;
    }

    @EventHandler
    void on(CheckInRecorded event, @Timestamp Instant at) {
        CheckInEntry checkIn = checkIns.save(new CheckInEntry(event, at));
        if (event.notes() != null) {
            notes.save(new CheckInNote(checkIn.checkInId(), event.notes()));
        }
        for (int i = 0; i < event.commitments().size(); i++) {
            commitments.save(new CommitmentEntry(checkIn, i + 1, event.commitments().get(i)));
        }
    }

    @EventHandler
    void on(CommitmentCompleted event, @Timestamp Instant at) {
        update(event.checkInId(), event.number(), commitment -> commitment.completed(at));
    }

    @EventHandler
    void on(CommitmentDropped event, @Timestamp Instant at) {
        update(event.checkInId(), event.number(), commitment -> commitment.dropped(event.reason(), at));
    }

    @ResetHandler
    void reset() {
        commitments.deleteAllInBatch();
        notes.deleteAllInBatch();
        checkIns.deleteAllInBatch();
    }

    private void update(CheckInId checkInId, int number, Consumer<CommitmentEntry> change) {
        commitments.findById(new CommitmentEntry.Key(checkInId.value(), number)).ifPresent(change);
    }
}
