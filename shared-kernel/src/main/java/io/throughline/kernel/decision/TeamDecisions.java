package io.throughline.kernel.decision;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.time.Instant;
import java.util.List;

/** A team's decision log, newest first. */
public record TeamDecisions(TeamId teamId, List<Decision> decisions) {

    /** @param recordedBy who entered it in the log, which need not be the decider */
    public record Decision(DecisionId decisionId, String category, String title, String decision, PersonId deciderId,
                           List<PersonId> consulted, PriorityId relatedPriorityId, boolean flagged, String flagReason,
                           Instant recordedAt, String recordedBy) {
    }
}
