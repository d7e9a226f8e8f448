package io.throughline.kernel.checkin;

import io.throughline.kernel.PersonId;

import java.time.LocalDate;

/**
 * A commitment as it stands now.
 *
 * @param overdue    open and due before today
 * @param dropReason why it was dropped; null unless DROPPED
 */
public record CommitmentView(CheckInId checkInId,
                             int number,
                             PersonId personId,
                             PersonId leaderId,
                             String text,
                             LocalDate dueDate,
                             CommitmentStatus status,
                             boolean overdue,
                             String dropReason) {
}
