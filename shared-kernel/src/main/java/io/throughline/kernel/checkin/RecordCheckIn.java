package io.throughline.kernel.checkin;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a 1-on-1 between a leader and a person they coach.
 *
 * @param prioritiesReviewed existing priorities talked through; may be empty
 * @param notes              optional; shown only to the two of them and to auditors
 * @param commitments        what the person undertook; numbered from 1 in this order
 */
public record RecordCheckIn(@TargetAggregateIdentifier CheckInId checkInId,
                            PersonId leaderId,
                            PersonId personId,
                            LocalDate date,
                            CheckInPhase phase,
                            List<PriorityId> prioritiesReviewed,
                            String notes,
                            List<Commitment> commitments) {
}
