package io.throughline.kernel.quarter;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/**
 * A team's quarter closed: it accepts no new priority and no status report until reopened. Each priority's own event
 * (completed, missed, carried over, dropped) follows in the same unit of work with what was said of it.
 */
public record QuarterClosed(TeamId teamId, Quarter quarter, List<ClosedPriority> outcomes) {
}
