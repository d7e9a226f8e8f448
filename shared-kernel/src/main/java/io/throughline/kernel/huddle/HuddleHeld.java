package io.throughline.kernel.huddle;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.time.LocalDate;
import java.util.List;

/**
 * A team held its huddle. The priority and metric updates it reports were applied to the priorities and KPIs by
 * their own events, stored in the same transaction and carrying this huddle's id in their metadata.
 *
 * @param carriedOver the stuck items still open from earlier huddles: this huddle's agenda before anything new
 */
public record HuddleHeld(HuddleId huddleId,
                         TeamId teamId,
                         LocalDate date,
                         PersonId facilitatorId,
                         List<PersonId> attendeeIds,
                         List<StuckItemId> carriedOver,
                         List<PriorityUpdate> priorityUpdates,
                         List<MetricUpdate> metricUpdates,
                         List<StuckItem> stuck,
                         List<String> wins) {
}
