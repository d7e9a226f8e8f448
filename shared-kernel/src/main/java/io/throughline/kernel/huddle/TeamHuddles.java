package io.throughline.kernel.huddle;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.time.LocalDate;
import java.util.List;

/**
 * A team's rhythm in one quarter: its huddles, how regularly it held them, what is still stuck, and the cascade —
 * the latest huddle of the team above (what came down) and of each team below (what came up).
 *
 * @param huddles   the team's huddles of the quarter, newest first
 * @param fromAbove the latest huddle of the parent team, of any quarter; {@code null} for a root or when it held none
 * @param fromBelow the latest huddle of each child team that held one, by team name
 */
public record TeamHuddles(TeamId teamId, String teamName, Quarter quarter, Cadence cadence,
                          List<OpenStuckItem> openStuckItems, List<Huddle> huddles, Huddle fromAbove,
                          List<Huddle> fromBelow) {

    /**
     * @param weeksHeld  ISO weeks of the quarter so far in which the team held a huddle
     * @param weeksSoFar ISO weeks of the quarter up to today (all of them for a past quarter; 0 for a future one)
     * @param share      weeksHeld ÷ weeksSoFar, from 0 to 1; {@code null} when no week has begun
     */
    public record Cadence(int weeksHeld, int weeksSoFar, Double share) {
    }

    /** @param ageDays days since the huddle that raised it */
    public record OpenStuckItem(StuckItemId itemId, String description, PersonId ownerId, PriorityId priorityId,
                                HuddleId raisedIn, LocalDate raisedOn, long ageDays) {
    }

    /** @param carriedOver the stuck items still open from earlier huddles that this one started with */
    public record Huddle(HuddleId huddleId, TeamId teamId, String teamName, LocalDate date, PersonId facilitatorId,
                         List<PersonId> attendeeIds, List<PriorityUpdate> priorityUpdates,
                         List<MetricUpdate> metricUpdates, List<StuckItem> stuck, List<StuckItemId> carriedOver,
                         List<String> wins) {
    }
}
