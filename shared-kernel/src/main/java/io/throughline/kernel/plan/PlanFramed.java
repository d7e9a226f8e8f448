package io.throughline.kernel.plan;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.util.List;

public record PlanFramed(TeamId teamId, Quarter quarter, String purpose, String outcome, List<String> annualGoals) {
}
