package io.throughline.kernel.huddle;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * The weekly huddle of a team, recorded in one go. Its priority and metric updates are sent on as the status reports
 * and RecordMetric commands a leader would send one by one, in the same transaction: the huddle is stored with all of
 * them or not at all.
 *
 * @param attendeeIds who took part besides the facilitator
 * @param stuck       what is stuck, each with an owner
 * @param wins        what went well, in the team's words
 */
public record HoldHuddle(HuddleId huddleId,
                         TeamId teamId,
                         LocalDate date,
                         PersonId facilitatorId,
                         List<PersonId> attendeeIds,
                         List<PriorityUpdate> priorityUpdates,
                         List<MetricUpdate> metricUpdates,
                         List<StuckItem> stuck,
                         List<String> wins) {

    @TargetAggregateIdentifier
    public String huddleKey() {
        return teamId == null ? null : HuddleKey.of(teamId);
    }
}
