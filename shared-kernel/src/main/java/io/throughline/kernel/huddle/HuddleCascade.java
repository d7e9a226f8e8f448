package io.throughline.kernel.huddle;

import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.team.TeamId;

import java.time.LocalDate;
import java.util.List;

/**
 * The huddle cascade around a team, as its team page and huddle page show it: the team above and each team below,
 * with whether it huddled this week, what it has stuck and what its latest huddle reported in trouble.
 *
 * @param above the team above; null for a root
 * @param below the teams directly below, by name
 */
public record HuddleCascade(Neighbour above, List<Neighbour> below) {

    /**
     * @param lastHeld     the day of the team's latest huddle this quarter; null when it held none
     * @param heldThisWeek whether that day lies in this ISO week
     * @param openStuck    the team's stuck items not yet resolved
     * @param troubled     the priorities its latest huddle reported at risk or off track, in the order reported
     */
    public record Neighbour(TeamId teamId, String teamName, LocalDate lastHeld, boolean heldThisWeek, int openStuck,
                            List<Report> troubled) {
    }

    public record Report(PriorityId priorityId, String title, PriorityStatus status) {
    }
}
