package io.throughline.kernel.plan;

import io.throughline.kernel.Change;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/** The lasting parts of a team's plan changed; only the parts that changed are present, each with before and after. */
public record LastingPlanSet(TeamId teamId, Change<List<String>> coreValues, Change<String> purpose, Change<String> bhag,
                             Change<List<String>> longRangeTargets, String reason) {
}
