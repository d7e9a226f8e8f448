package io.throughline.kernel.quarter;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;

/**
 * The outcome chosen for one open priority when its quarter closes.
 *
 * @param reflection       what was learned: required for MISSED, the reason for DROP, optional for DONE
 * @param nextQuarterTitle for CARRY_OVER: the successor's title, the same when left out
 * @param nextOwnerId      for CARRY_OVER: the successor's owner, the same when left out
 */
public record QuarterDecision(PriorityId priorityId, QuarterOutcome outcome, String reflection, String nextQuarterTitle,
                              PersonId nextOwnerId) {
}
