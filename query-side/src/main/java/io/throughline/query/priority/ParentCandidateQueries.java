package io.throughline.query.priority;

import io.throughline.kernel.priority.Cascade;
import io.throughline.kernel.priority.ListParentCandidates;
import io.throughline.kernel.priority.ParentCandidates;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.team.TeamEntry;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the forms offer a priority to serve: what the {@link Cascade} accepts, read from the dashboard's views. */
@Component
class ParentCandidateQueries {

    private final TeamEntryRepository teams;
    private final PriorityEntryRepository priorities;

    ParentCandidateQueries(TeamEntryRepository teams, PriorityEntryRepository priorities) {
        this.teams = teams;
        this.priorities = priorities;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    List<ParentCandidates> handle(ListParentCandidates query) {
        List<TeamEntry> above = teamsAbove(query.teamId());
        Cascade cascade = new Cascade(query.quarter(), above.stream().map(team -> new TeamId(team.teamId())).toList());
        return above.stream()
                .map(team -> new ParentCandidates(new TeamId(team.teamId()), team.name(),
                        priorities.findByTeamIdAndQuarterOrderByAssignedAtAsc(team.teamId(), query.quarter().value())
                                .stream().map(PriorityEntry::toView).filter(cascade::mayServe).toList()))
                .filter(candidates -> !candidates.priorities().isEmpty())
                .toList();
    }

    /** From the parent up to the root; stops at a team already seen, so that no read model can make a page loop. */
    private List<TeamEntry> teamsAbove(TeamId teamId) {
        List<TeamEntry> above = new ArrayList<>();
        Set<String> seen = new HashSet<>(Set.of(teamId.value()));
        Optional<TeamId> parent = teams.findById(teamId.value()).map(TeamEntry::parentTeamId);
        while (parent.isPresent() && seen.add(parent.get().value())) {
            Optional<TeamEntry> team = teams.findById(parent.get().value());
            team.ifPresent(above::add);
            parent = team.map(TeamEntry::parentTeamId);
        }
        return above;
    }
}
