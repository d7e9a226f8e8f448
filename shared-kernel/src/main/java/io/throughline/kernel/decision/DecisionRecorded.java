package io.throughline.kernel.decision;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/**
 * A decision entered in a team's log. Whether it is flagged was judged against the decision rights as they stood when
 * it was recorded, and stays so whatever rights are defined later.
 *
 * @param category   normalised like the categories of decision rights
 * @param flagged    the decider held no DECIDE right for the category then
 * @param flagReason why it is flagged, naming who held the DECIDE right; null when not flagged
 */
public record DecisionRecorded(DecisionId decisionId, TeamId teamId, String category, String title, String decision,
                               PersonId deciderId, List<PersonId> consulted, PriorityId relatedPriorityId,
                               boolean flagged, String flagReason) {
}
