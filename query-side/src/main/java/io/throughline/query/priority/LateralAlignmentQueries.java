package io.throughline.query.priority;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.GetLateralAlignment;
import io.throughline.kernel.priority.LateralAlignment;
import io.throughline.kernel.priority.LateralAlignment.CandidateTeam;
import io.throughline.kernel.priority.LateralAlignment.LinkedPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.team.TeamEntry;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A priority's page on lateral alignment: both ends of its links named, and what its form offers — what the command
 * side accepts (ContributeToPriority) within the priority's own organisation, read from the views of the dashboard's
 * processing group.
 */
@Component
class LateralAlignmentQueries {

    private final PriorityEntryRepository priorities;
    private final ContributionEntryRepository contributions;
    private final TeamEntryRepository teams;

    LateralAlignmentQueries(PriorityEntryRepository priorities, ContributionEntryRepository contributions,
                            TeamEntryRepository teams) {
        this.priorities = priorities;
        this.contributions = contributions;
        this.teams = teams;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    LateralAlignment handle(GetLateralAlignment query) {
        PriorityView priority = priorities.findById(query.priorityId().value()).map(PriorityEntry::toView).orElse(null);
        if (priority == null) {
            return LateralAlignment.NONE;
        }
        Map<String, TeamEntry> teamsById = teams.findAll().stream()
                .collect(Collectors.toMap(TeamEntry::teamId, Function.identity()));
        Function<PriorityView, LinkedPriority> linked = view -> new LinkedPriority(view.id(), view.title(),
                view.teamId(), nameOf(teamsById.get(view.teamId().value())), view.ownerId(), view.status());
        String organisation = rootOf(priority.teamId().value(), teamsById);

        List<PriorityView> contributesTo = inLinkOrder(contributions.findByPriorityIdOrderByAddedAtAsc(
                priority.id().value()).stream().map(link -> link.toView().targetPriorityId()).toList());
        List<PriorityView> helpedBy = inLinkOrder(contributions.findByTargetPriorityIdOrderByAddedAtAsc(
                priority.id().value()).stream().map(link -> link.toView().priorityId()).toList());
        List<CandidateTeam> candidateTeams = teamsById.values().stream()
                .filter(team -> !team.teamId().equals(priority.teamId().value()))
                .filter(team -> organisation.equals(rootOf(team.teamId(), teamsById)))
                .map(team -> new CandidateTeam(new TeamId(team.teamId()), team.name()))
                .sorted(Comparator.comparing(CandidateTeam::name, String.CASE_INSENSITIVE_ORDER)).toList();
        Set<PriorityId> taken = contributesTo.stream().map(PriorityView::id).collect(Collectors.toSet());
        boolean teamOffered = candidateTeams.stream().anyMatch(team -> team.id().equals(query.candidateTeamId()));
        List<LinkedPriority> candidates = !teamOffered ? List.of()
                : openPriorities(query.candidateTeamId(), priority.quarter()).stream()
                .filter(other -> !other.id().equals(priority.parentPriorityId()) && !taken.contains(other.id()))
                .map(linked).toList();
        return new LateralAlignment(contributesTo.stream().map(linked).toList(), helpedBy.stream().map(linked).toList(),
                candidateTeams, candidates);
    }

    private List<PriorityView> openPriorities(TeamId team, Quarter quarter) {
        return priorities.findByTeamIdAndQuarterOrderByAssignedAtAsc(team.value(), quarter.value()).stream()
                .map(PriorityEntry::toView).filter(other -> !other.status().isClosed()).toList();
    }

    /** The priorities at the other ends of links, in the links' order: a few rows, not the whole quarter. */
    private List<PriorityView> inLinkOrder(List<PriorityId> ends) {
        Map<String, PriorityView> byId = priorities.findAllById(ends.stream().map(PriorityId::value).toList()).stream()
                .map(PriorityEntry::toView).collect(Collectors.toMap(view -> view.id().value(), Function.identity()));
        return ends.stream().map(end -> byId.get(end.value())).filter(Objects::nonNull).toList();
    }

    private static String nameOf(TeamEntry team) {
        return team == null ? "" : team.name();
    }

    /**
     * The root team above the team: another organisation's priorities are never offered, though they share the
     * quarter. Stops at a team already seen, so that no read model lagging a move can make a page loop.
     */
    private static String rootOf(String teamId, Map<String, TeamEntry> teamsById) {
        String root = teamId;
        Set<String> seen = new HashSet<>();
        TeamEntry team = teamsById.get(root);
        while (team != null && team.parentTeamId() != null && seen.add(root)) {
            root = team.parentTeamId().value();
            team = teamsById.get(root);
        }
        return root;
    }
}
