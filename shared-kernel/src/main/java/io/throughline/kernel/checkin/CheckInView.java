package io.throughline.kernel.checkin;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;

import java.time.LocalDate;
import java.util.List;

/** A check-in as it stands now; {@code notes} is null for viewers who may not read them. */
public record CheckInView(CheckInId id,
                          PersonId leaderId,
                          PersonId personId,
                          LocalDate date,
                          CheckInPhase phase,
                          List<PriorityId> prioritiesReviewed,
                          String notes,
                          List<CommitmentView> commitments) {
}
