package io.throughline.kernel.priority;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.Change;

/**
 * The priority serves another annual goal, or none any more (after {@code null}), or one for the first time (before
 * {@code null}).
 *
 * @param reason why; {@code null} when none was given
 */
public record PriorityAnnualGoalChanged(PriorityId priorityId, Change<AnnualGoalId> annualGoalId, String reason) {
}
