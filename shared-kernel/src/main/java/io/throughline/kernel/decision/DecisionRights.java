package io.throughline.kernel.decision;

import io.throughline.kernel.team.TeamId;

import java.util.List;

/** A team's decision-rights matrix: per category (alphabetical), who decides, who is consulted, who is informed. */
public record DecisionRights(TeamId teamId, List<CategoryRights> categories) {

    public record CategoryRights(String category, List<RightHolder> decide, List<RightHolder> consult,
                                 List<RightHolder> inform) {
    }
}
