package io.throughline.query.checkin;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.checkin.CheckInRecorded;
import io.throughline.kernel.checkin.CheckInView;
import io.throughline.kernel.checkin.CommitmentView;
import io.throughline.kernel.priority.PriorityId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A row of {@code check_in_view}: one per check-in, without its notes (see {@link CheckInNote}). */
@Entity
@Table(name = "check_in_view")
public class CheckInEntry {

    @Id
    @Column(name = "check_in_id")
    private String checkInId;
    @Column(name = "leader_id")
    private String leaderId;
    @Column(name = "person_id")
    private String personId;
    @Column(name = "check_in_date")
    private LocalDate checkInDate;
    @Enumerated(EnumType.STRING)
    private CheckInPhase phase;
    @Column(name = "priorities_reviewed")
    @JdbcTypeCode(SqlTypes.JSON)
    private List<String> prioritiesReviewed;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected CheckInEntry() {
    }

    CheckInEntry(CheckInRecorded event, Instant at) {
        checkInId = event.checkInId().value();
        leaderId = event.leaderId().value();
        personId = event.personId().value();
        checkInDate = event.date();
        phase = event.phase();
        prioritiesReviewed = event.prioritiesReviewed().stream().map(PriorityId::value).toList();
        recordedAt = at;
    }

    LocalDate checkInDate() {
        return checkInDate;
    }

    CheckInPhase phase() {
        return phase;
    }

    String checkInId() {
        return checkInId;
    }

    PersonId leaderId() {
        return new PersonId(leaderId);
    }

    PersonId personId() {
        return new PersonId(personId);
    }

    CheckInView toView(String notes, List<CommitmentView> commitments) {
        return new CheckInView(new CheckInId(checkInId), leaderId(), personId(), checkInDate, phase,
                prioritiesReviewed.stream().map(PriorityId::new).toList(), notes, commitments);
    }
}
