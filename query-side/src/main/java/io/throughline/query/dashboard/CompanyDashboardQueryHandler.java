package io.throughline.query.dashboard;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.GetCompanyDashboard;
import io.throughline.kernel.priority.Contributions.Contribution;
import io.throughline.query.priority.ContributionEntry;
import io.throughline.query.priority.ContributionEntryRepository;
import io.throughline.query.team.TeamEntry;
import io.throughline.query.team.TeamEntryRepository;
import io.throughline.query.team.TeamMemberEntry;
import io.throughline.query.team.TeamMemberEntryRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads a quarter's priorities, their teams, their progress and the executives for the company roll-up. */
@Component
class CompanyDashboardQueryHandler {

    private static final int ROOT_LEVEL = 0;

    private final CompanyPriorities priorities;
    private final ContributionEntryRepository contributions;
    private final TeamEntryRepository teams;
    private final TeamMemberEntryRepository members;
    private final Clock clock;

    CompanyDashboardQueryHandler(CompanyPriorities priorities, ContributionEntryRepository contributions,
                                 TeamEntryRepository teams, TeamMemberEntryRepository members, Clock clock) {
        this.clock = clock;
        this.priorities = priorities;
        this.contributions = contributions;
        this.teams = teams;
        this.members = members;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    CompanyDashboard handle(GetCompanyDashboard query) {
        List<Contribution> links = contributions.findMadeInQuarter(query.quarter().value()).stream()
                .map(ContributionEntry::toView).toList();
        QuarterMeasures measures = new QuarterMeasures(query.quarter(), LocalDate.now(clock),
                priorities.kpisOf(query.quarter()));
        return CompanyRollUp.of(query.quarter(), priorities.of(query.quarter()), links, executives(), measures);
    }

    private Set<PersonId> executives() {
        List<TeamEntry> roots = teams.findByLevel(ROOT_LEVEL);
        Stream<PersonId> leads = roots.stream().map(TeamEntry::leadId).filter(Objects::nonNull);
        Stream<PersonId> rootMembers = members.findByTeamIdIn(roots.stream().map(TeamEntry::teamId).toList()).stream()
                .map(TeamMemberEntry::person);
        return Stream.concat(leads, rootMembers).collect(Collectors.toSet());
    }
}
