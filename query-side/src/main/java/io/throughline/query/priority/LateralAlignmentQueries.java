package io.throughline.query.priority;

import io.throughline.kernel.priority.GetLateralAlignment;
import io.throughline.kernel.priority.LateralAlignment;
import io.throughline.kernel.priority.LateralAlignment.LinkedPriority;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityView;
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
        // links stay within a quarter, so the quarter's priorities name both ends of every link
        List<PriorityView> quarter = priorities.findByQuarterOrderByAssignedAtAsc(priority.quarter().value()).stream()
                .map(PriorityEntry::toView).toList();
        Map<String, PriorityView> byId = quarter.stream()
                .collect(Collectors.toMap(view -> view.id().value(), Function.identity()));
        Map<String, TeamEntry> teamsById = teams.findAll().stream()
                .collect(Collectors.toMap(TeamEntry::teamId, Function.identity()));
        Function<PriorityView, LinkedPriority> linked = view -> new LinkedPriority(view.id(), view.title(),
                view.teamId(), nameOf(teamsById.get(view.teamId().value())), view.ownerId(), view.status());
        String organisation = rootOf(priority.teamId().value(), teamsById);

        List<PriorityView> contributesTo = contributions.findByPriorityIdOrderByAddedAtAsc(priority.id().value())
                .stream().map(link -> byId.get(link.toView().targetPriorityId().value())).filter(Objects::nonNull).toList();
        List<PriorityView> helpedBy = contributions.findByTargetPriorityIdOrderByAddedAtAsc(priority.id().value())
                .stream().map(link -> byId.get(link.toView().priorityId().value())).filter(Objects::nonNull).toList();
        Set<PriorityId> taken = contributesTo.stream().map(PriorityView::id).collect(Collectors.toSet());
        List<LinkedPriority> candidates = quarter.stream()
                .filter(other -> !other.teamId().equals(priority.teamId()) && !other.status().isClosed())
                .filter(other -> organisation.equals(rootOf(other.teamId().value(), teamsById)))
                .filter(other -> !other.id().equals(priority.parentPriorityId()) && !taken.contains(other.id()))
                .map(linked)
                .sorted(Comparator.comparing(LinkedPriority::teamName, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new LateralAlignment(contributesTo.stream().map(linked).toList(), helpedBy.stream().map(linked).toList(),
                candidates);
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
