package io.throughline.kernel.priority;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.time.LocalDate;

/**
 * A priority as it stands now.
 *
 * @param statusComment the comment of the latest status report, completion, drop or reinstatement
 * @param confidence    the owner's confidence (0-10) given with the latest status report, if any
 * @param orphaned      it serves a parent priority that has been dropped
 * @param version       the sequence number of the priority's latest event: what optimistic locking compares
 * @param carriedFromId the previous quarter's priority this one continues, if it was carried over into it
 * @param carriedToId   the next quarter's priority that continues this one, if it was carried over
 * @param annualGoalId  the annual goal of the year it serves, if any
 */
public record PriorityView(PriorityId id,
                           TeamId teamId,
                           Quarter quarter,
                           String title,
                           String description,
                           PersonId ownerId,
                           PriorityStatus status,
                           String statusComment,
                           Integer confidence,
                           String successCriterion,
                           LocalDate dueDate,
                           PriorityId parentPriorityId,
                           boolean orphaned,
                           long version,
                           PriorityId carriedFromId,
                           PriorityId carriedToId,
                           AnnualGoalId annualGoalId) {
}
