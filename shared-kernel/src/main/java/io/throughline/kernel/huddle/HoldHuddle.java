package io.throughline.kernel.huddle;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * The weekly huddle of a team, recorded in one go. Each of its priority and metric updates is applied as the status
 * report or RecordMetric its signer would send, checked the same way and marked with the huddle, in the huddle's own
 * unit of work and transaction on any command bus: the huddle is stored with all of them or, when any is refused, with
 * none, and the refusal names the update ({@code priorityUpdates[1].status}).
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
