package io.throughline.kernel.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.time.Instant;

/** Answered with an {@code Optional<PlanAsOf>}: empty when the team did not exist at that instant. */
public record GetPlanAsOf(TeamId teamId, Quarter quarter, Instant asOf) {
}
