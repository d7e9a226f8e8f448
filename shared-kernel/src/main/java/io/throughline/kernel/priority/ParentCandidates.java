package io.throughline.kernel.priority;

import io.throughline.kernel.team.TeamId;

import java.util.List;

/** The priorities of one team above that a priority may serve, in the order they were assigned. */
public record ParentCandidates(TeamId teamId, String teamName, List<PriorityView> priorities) {
}
