package io.throughline.kernel.plan;

import io.throughline.kernel.team.TeamId;

/** The lasting parts of a team's plan and its annual goals of one year, retired ones included. */
public record GetAnnualPlan(TeamId teamId, int year) {
}
