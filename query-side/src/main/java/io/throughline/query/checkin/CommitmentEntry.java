package io.throughline.query.checkin;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.Commitment;
import io.throughline.kernel.checkin.CommitmentStatus;
import io.throughline.kernel.checkin.CommitmentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code commitment_view}: one commitment made in a check-in, as it stands now. */
@Entity
@Table(name = "commitment_view")
@IdClass(CommitmentEntry.Key.class)
public class CommitmentEntry {

    @Id
    @Column(name = "check_in_id")
    private String checkInId;
    @Id
    private int number;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "leader_id")
    private String leaderId;
    private String text;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private CommitmentStatus status;
    @Column(name = "drop_reason")
    private String dropReason;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected CommitmentEntry() {
    }

    CommitmentEntry(CheckInEntry checkIn, int number, Commitment commitment) {
        this.checkInId = checkIn.checkInId();
        this.number = number;
        this.personId = checkIn.personId().value();
        this.leaderId = checkIn.leaderId().value();
        this.text = commitment.text();
        this.dueDate = commitment.dueDate();
        this.status = CommitmentStatus.OPEN;
    }

    void completed(Instant at) {
        status = CommitmentStatus.COMPLETED;
        closedAt = at;
    }

    void dropped(String reason, Instant at) {
        status = CommitmentStatus.DROPPED;
        dropReason = reason;
        closedAt = at;
    }

    String checkInId() {
        return checkInId;
    }

    /** Overdue is judged on the day asked, so it is computed rather than stored. */
    CommitmentView toView(LocalDate today) {
        return new CommitmentView(new CheckInId(checkInId), number, new PersonId(personId), new PersonId(leaderId), text,
                dueDate, status, status == CommitmentStatus.OPEN && dueDate.isBefore(today), dropReason);
    }

    record Key(String checkInId, int number) implements Serializable {
    }
}
