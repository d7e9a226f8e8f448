package io.throughline.query.huddle;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.GetHuddleCascade;
import io.throughline.kernel.huddle.HuddleCascade;
import io.throughline.kernel.huddle.PriorityUpdate;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import io.throughline.query.team.TeamEntry;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The huddle cascade around a team, in five queries however many teams lie below: the root team of a hundred teams
 * asked three for each of them before, and its page took seconds.
 */
@Component
class HuddleCascades {

    private static final Set<PriorityStatus> TROUBLE = Set.of(PriorityStatus.AT_RISK, PriorityStatus.OFF_TRACK);

    private final HuddleEntryRepository huddles;
    private final StuckItemEntryRepository stuckItems;
    private final TeamEntryRepository teams;
    private final PriorityEntryRepository priorities;
    private final Clock clock;

    HuddleCascades(HuddleEntryRepository huddles, StuckItemEntryRepository stuckItems, TeamEntryRepository teams,
                   PriorityEntryRepository priorities, Clock clock) {
        this.huddles = huddles;
        this.stuckItems = stuckItems;
        this.teams = teams;
        this.priorities = priorities;
        this.clock = clock;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<HuddleCascade> handle(GetHuddleCascade query) {
        return teams.findById(query.teamId().value()).map(team -> {
            TeamEntry above = team.parentTeamId() == null ? null
                    : teams.findById(team.parentTeamId().value()).orElse(null);
            List<TeamEntry> below = teams.findByParentTeamId(team.teamId()).stream()
                    .sorted(Comparator.comparing(TeamEntry::name)).toList();
            List<TeamEntry> around = new ArrayList<>(below);
            if (above != null) {
                around.add(above);
            }
            Map<String, HuddleCascade.Neighbour> neighbours = neighboursOf(around);
            return new HuddleCascade(above == null ? null : neighbours.get(above.teamId()),
                    below.stream().map(child -> neighbours.get(child.teamId())).toList());
        });
    }

    private Map<String, HuddleCascade.Neighbour> neighboursOf(List<TeamEntry> around) {
        LocalDate today = LocalDate.now(clock);
        Quarter quarter = Quarter.of(today);
        List<String> teamIds = around.stream().map(TeamEntry::teamId).toList();
        Map<String, HuddleEntry> latest = teamIds.isEmpty() ? Map.of()
                : huddles.latestOfEachBetween(teamIds, quarter.firstDay(), quarter.lastDay()).stream()
                .collect(Collectors.toMap(HuddleEntry::teamId, Function.identity()));
        Map<String, Long> stuck = new HashMap<>();
        if (!teamIds.isEmpty()) {
            stuckItems.openCountsOf(teamIds).forEach(row -> stuck.put((String) row[0], (Long) row[1]));
        }
        Map<String, List<PriorityUpdate>> troubled = new HashMap<>();
        latest.values().forEach(huddle -> troubled.put(huddle.teamId(), huddle.toHuddle("", List.of())
                .priorityUpdates().stream().filter(update -> TROUBLE.contains(update.status())).toList()));
        Map<String, String> titles = priorities.findAllById(troubled.values().stream().flatMap(List::stream)
                        .map(update -> update.priorityId().value()).distinct().toList()).stream()
                .map(PriorityEntry::toView).collect(Collectors.toMap(view -> view.id().value(), PriorityView::title));
        Map<String, HuddleCascade.Neighbour> neighbours = new HashMap<>();
        for (TeamEntry team : around) {
            HuddleEntry huddle = latest.get(team.teamId());
            neighbours.put(team.teamId(), new HuddleCascade.Neighbour(new TeamId(team.teamId()), team.name(),
                    huddle == null ? null : huddle.heldOn(), huddle != null && sameWeek(huddle.heldOn(), today),
                    stuck.getOrDefault(team.teamId(), 0L).intValue(),
                    troubled.getOrDefault(team.teamId(), List.of()).stream()
                            .map(update -> new HuddleCascade.Report(update.priorityId(),
                                    titles.getOrDefault(update.priorityId().value(), ""), update.status()))
                            .toList()));
        }
        return neighbours;
    }

    private static boolean sameWeek(LocalDate a, LocalDate b) {
        return a.get(IsoFields.WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_BASED_YEAR)
                && a.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
