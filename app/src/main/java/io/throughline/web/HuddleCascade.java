package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.GetTeamHuddles;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;

/**
 * The huddle cascade around a team, as its team page and huddle page show it: the team above and each team below,
 * with whether it huddled this week, what it has stuck and what its latest huddle reported in trouble. What came down
 * and what came up, each linked to that team's huddle.
 */
@Component
class HuddleCascade {

    private static final Set<PriorityStatus> TROUBLE = Set.of(PriorityStatus.AT_RISK, PriorityStatus.OFF_TRACK);

    private final ReadYourWrites reads;
    private final Clock clock;

    HuddleCascade(ReadYourWrites reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** @param above the team above, or null for a root */
    record Cascade(Neighbour above, List<Neighbour> below) {
    }

    /** @param lastHeld the date of the team's latest huddle this quarter, null when it held none */
    record Neighbour(TeamId teamId, String teamName, LocalDate lastHeld, boolean heldThisWeek, int openStuck,
                     List<Report> troubled) {
    }

    record Report(PriorityId priorityId, String title, PriorityStatus status) {
    }

    Cascade around(TeamView team, List<TeamView> teamsBelow) {
        LocalDate today = LocalDate.now(clock);
        Neighbour above = team.parentTeamId() == null ? null
                : neighbour(reads.now(new FindTeam(team.parentTeamId()), TeamView.class), today);
        return new Cascade(above, teamsBelow.stream().map(child -> neighbour(child, today)).toList());
    }

    private Neighbour neighbour(TeamView team, LocalDate today) {
        TeamHuddles huddles = reads.now(new GetTeamHuddles(team.id(), Quarter.of(today)), TeamHuddles.class);
        TeamHuddles.Huddle latest = huddles.huddles().isEmpty() ? null : huddles.huddles().get(0);
        List<Report> troubled = latest == null ? List.of() : latest.priorityUpdates().stream()
                .filter(update -> TROUBLE.contains(update.status()))
                .map(update -> new Report(update.priorityId(),
                        reads.now(new FindPriority(update.priorityId()), PriorityView.class).title(), update.status()))
                .toList();
        return new Neighbour(team.id(), team.name(), latest == null ? null : latest.date(),
                latest != null && sameWeek(latest.date(), today), huddles.openStuckItems().size(), troubled);
    }

    private static boolean sameWeek(LocalDate a, LocalDate b) {
        return a.get(IsoFields.WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_BASED_YEAR)
                && a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
