package io.throughline.kernel.quarter;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/**
 * A closed quarter opened again: it had not ended after all. Its missed priorities ({@code reopenedIds}) return to
 * their last open status (each with its own PriorityReinstated); done, dropped and carried-over ones stay.
 */
public record QuarterReopened(TeamId teamId, Quarter quarter, String reason, List<PriorityId> reopenedIds) {
}
