package io.throughline.kernel.checkin;

import io.throughline.kernel.PersonId;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's open commitments from all their check-ins, soonest due first.
 *
 * @param today   the day "overdue" was judged on
 * @param overdue how many of them are due before today
 */
public record OpenCommitments(PersonId personId, LocalDate today, int overdue, List<CommitmentView> open) {
}
