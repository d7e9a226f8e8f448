package io.throughline.kernel.checkin;

import io.throughline.kernel.Confidential;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;

import java.time.LocalDate;
import java.util.List;

/** A 1-on-1 took place. Its commitments are numbered from 1 in the order of the list, and start open. */
public record CheckInRecorded(CheckInId checkInId,
                              PersonId leaderId,
                              PersonId personId,
                              LocalDate date,
                              CheckInPhase phase,
                              List<PriorityId> prioritiesReviewed,
                              @Confidential String notes,
                              List<Commitment> commitments) {
}
