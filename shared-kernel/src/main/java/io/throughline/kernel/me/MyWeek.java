package io.throughline.kernel.me;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A leader's week, as "today" stands on the read side.
 *
 * @param priorities    the open priorities the person owns, in every team and quarter, soonest due first
 * @param metrics       the KPIs the person owns that are not retired, by name: the page asked for
 * @param kpisOwned     how many such KPIs they own in all
 * @param kpiPage       which page of them {@code metrics} is, the first being 0
 * @param withMyLeader  the person's latest 1-on-1 as the one coached; null when they have had none
 * @param myLeaders     who the person reports to: the lead of each team they are a member of, and of the team above
 *                      each team they lead; by person id
 * @param teamsILead    the teams the person leads, by name, with this week's huddle
 * @param teamNames     the name of each team the priorities and KPIs belong to, by team id
 */
public record MyWeek(PersonId personId, LocalDate today, List<PriorityView> priorities, List<OwnedMetric> metrics,
                     long kpisOwned, int kpiPage,
                     OneOnOne withMyLeader, List<PersonId> myLeaders, List<TeamWeek> teamsILead,
                     Map<String, String> teamNames) {

    /**
     * @param missing the periods of its recent series without a value, from the last one completed when it was
     *                defined up to the last completed one: oldest first
     */
    public record OwnedMetric(MetricSummary metric, List<Period> missing) {
    }

    /**
     * @param nextDue the last date plus the pair's usual interval (the median of their last gaps; two weeks while
     *                there is only one check-in): nothing schedules 1-on-1s, so this is when the next one is due
     */
    public record OneOnOne(PersonId leaderId, LocalDate last, CheckInPhase phase, LocalDate nextDue) {
    }

    /** @param huddleThisWeek the day of the team's latest huddle in this ISO week; null when it held none yet */
    public record TeamWeek(TeamId teamId, String name, LocalDate huddleThisWeek) {
    }
}
