package io.throughline.query.huddle;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.huddle.GetTeamHuddles;
import io.throughline.kernel.huddle.StuckItem;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.query.team.TeamEntry;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A team's huddles in a quarter, with its cadence, open stuck items, and the huddles above and below it. */
@Component
class HuddleQueries {

    private final HuddleEntryRepository huddles;
    private final StuckItemEntryRepository stuckItems;
    private final TeamEntryRepository teams;
    private final Clock clock;

    HuddleQueries(HuddleEntryRepository huddles, StuckItemEntryRepository stuckItems, TeamEntryRepository teams,
                  Clock clock) {
        this.huddles = huddles;
        this.stuckItems = stuckItems;
        this.teams = teams;
        this.clock = clock;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<TeamHuddles> handle(GetTeamHuddles query) {
        LocalDate today = LocalDate.now(clock);
        Quarter quarter = query.quarter() != null ? query.quarter() : Quarter.of(today);
        return teams.findById(query.teamId().value()).map(team -> {
            List<HuddleEntry> ofQuarter = huddles.findByTeamIdAndHeldOnBetweenOrderByHeldOnDesc(team.teamId(),
                    quarter.firstDay(), quarter.lastDay());
            return new TeamHuddles(query.teamId(), team.name(), quarter,
                    Cadences.of(quarter, today, ofQuarter.stream().map(HuddleEntry::heldOn).toList()),
                    stuckItems.findByTeamIdAndResolvedAtIsNullOrderByRaisedOnAsc(team.teamId()).stream()
                            .map(item -> item.toOpenItem(today)).toList(),
                    withStuckItems(ofQuarter, huddle -> team.name()),
                    team.parentTeamId() == null ? null
                            : teams.findById(team.parentTeamId().value()).flatMap(this::latestOf).orElse(null),
                    latestBelow(team));
        });
    }

    private Optional<TeamHuddles.Huddle> latestOf(TeamEntry team) {
        return huddles.findFirstByTeamIdOrderByHeldOnDesc(team.teamId())
                .map(huddle -> withStuckItems(List.of(huddle), held -> team.name()).get(0));
    }

    /** The latest huddle of each team below, by team name: two queries however many teams (a root has a hundred). */
    private List<TeamHuddles.Huddle> latestBelow(TeamEntry team) {
        Map<String, String> names = teams.findByParentTeamId(team.teamId()).stream()
                .collect(Collectors.toMap(TeamEntry::teamId, TeamEntry::name));
        if (names.isEmpty()) {
            return List.of();
        }
        List<HuddleEntry> latest = huddles.latestOfEach(names.keySet()).stream()
                .sorted(Comparator.comparing((HuddleEntry huddle) -> names.get(huddle.teamId()))).toList();
        return withStuckItems(latest, huddle -> names.get(huddle.teamId()));
    }

    private List<TeamHuddles.Huddle> withStuckItems(List<HuddleEntry> entries, Function<HuddleEntry, String> teamName) {
        Map<String, List<StuckItem>> raised = stuckItems.findByHuddleIdIn(entries.stream().map(HuddleEntry::huddleId)
                .toList()).stream().collect(Collectors.groupingBy(StuckItemEntry::huddleId,
                Collectors.mapping(StuckItemEntry::toItem, Collectors.toList())));
        return entries.stream().map(huddle -> huddle.toHuddle(teamName.apply(huddle),
                raised.getOrDefault(huddle.huddleId(), List.of()))).toList();
    }
}
