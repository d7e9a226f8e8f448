package io.throughline.query.me;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.me.GetMyWeek;
import io.throughline.kernel.me.MyWeek;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.checkin.OneOnOnes;
import io.throughline.query.huddle.HuddleWeeks;
import io.throughline.query.metric.Scorecards;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import io.throughline.query.team.TeamEntry;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A leader's week, composed from the read models the team pages use: no table of its own, a handful of indexed
 * queries, whatever the size of the organisation.
 */
@Component
class MyWeekQueries {

    private final PriorityEntryRepository priorities;
    private final Scorecards scorecards;
    private final OneOnOnes oneOnOnes;
    private final TeamEntryRepository teams;
    private final HuddleWeeks huddles;
    private final Clock clock;

    MyWeekQueries(PriorityEntryRepository priorities, Scorecards scorecards, OneOnOnes oneOnOnes,
                  TeamEntryRepository teams, HuddleWeeks huddles, Clock clock) {
        this.priorities = priorities;
        this.scorecards = scorecards;
        this.oneOnOnes = oneOnOnes;
        this.teams = teams;
        this.huddles = huddles;
        this.clock = clock;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    MyWeek handle(GetMyWeek query) {
        LocalDate today = LocalDate.now(clock);
        PersonId person = query.personId();
        List<PriorityView> open = priorities.findByOwnerIdAndStatusNotInOrderByDueDateAscAssignedAtAsc(person.value(),
                EnumSet.of(PriorityStatus.COMPLETED, PriorityStatus.DROPPED,
                        PriorityStatus.MISSED, PriorityStatus.CARRIED_OVER)).stream().map(PriorityEntry::toView).toList();
        Page<MyWeek.OwnedMetric> kpis = scorecards.activeMetricsOwnedBy(person.value(), query.kpiPage(),
                GetMyWeek.KPIS_PER_PAGE);
        List<MyWeek.OwnedMetric> metrics = kpis.getContent();
        Set<String> teamIds = new HashSet<>();
        open.forEach(priority -> teamIds.add(priority.teamId().value()));
        metrics.forEach(metric -> teamIds.add(metric.metric().teamId().value()));
        Map<String, String> teamNames = teams.findAllById(teamIds).stream()
                .collect(Collectors.toMap(TeamEntry::teamId, TeamEntry::name));
        return new MyWeek(person, today, open, metrics, kpis.getTotalElements(), query.kpiPage(),
                oneOnOnes.latestOf(person).orElse(null),
                oneOnOnes.leadersOf(person),
                teamWeeks(teams.findByLeadIdOrderByNameAsc(person.value()), today),
                teamNames);
    }

    private List<MyWeek.TeamWeek> teamWeeks(List<TeamEntry> led, LocalDate today) {
        Map<String, LocalDate> held = huddles.heldInWeekOf(led.stream().map(TeamEntry::teamId).toList(), today);
        return led.stream().map(team -> new MyWeek.TeamWeek(new TeamId(team.teamId()), team.name(),
                held.get(team.teamId()))).toList();
    }
}
