package io.throughline.query.checkin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A row of {@code check_in_note}: the notes of one check-in. Apart from {@code check_in_view} so that the analysts'
 * role, which may read that, is given no grant on them.
 */
@Entity
@Table(name = "check_in_note")
public class CheckInNote {

    @Id
    @Column(name = "check_in_id")
    private String checkInId;
    private String notes;

    protected CheckInNote() {
    }

    CheckInNote(String checkInId, String notes) {
        this.checkInId = checkInId;
        this.notes = notes;
    }

    String checkInId() {
        return checkInId;
    }

    String notes() {
        return notes;
    }
}
