package io.throughline.kernel.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.time.Instant;

/** Answered with an {@code Optional<PlanChanges>}: empty when the team did not exist at {@code to}. */
public record GetPlanChanges(TeamId teamId, Quarter quarter, Instant from, Instant to) {
}
