package io.throughline.kernel.priority;

import io.throughline.kernel.team.TeamId;

/**
 * Asks for a priority's lateral links as a page shows them, the teams it may yet contribute to and, for the team
 * chosen among them ({@code candidateTeamId}, may be null), that team's priorities it may contribute to; answered with
 * {@link LateralAlignment} (empty for an unknown priority).
 */
public record GetLateralAlignment(PriorityId priorityId, TeamId candidateTeamId) {

    /** The links and the teams to choose from, before a team is chosen. */
    public GetLateralAlignment(PriorityId priorityId) {
        this(priorityId, null);
    }
}
