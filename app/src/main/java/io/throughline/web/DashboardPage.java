package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.GetCompanyDashboard;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /}: the company's priorities of a quarter with what serves them, and how well the plan cascades. */
@Controller
class DashboardPage {

    private final QueryGateway queries;
    private final Clock clock;

    DashboardPage(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@RequestParam(required = false) Quarter quarter, Model model) {
        Quarter shown = quarter != null ? quarter : Quarter.of(LocalDate.now(clock));
        model.addAttribute("quarter", shown);
        model.addAttribute("quarters", Pages.quartersAround(clock));
        model.addAttribute("dashboard", queries.query(new GetCompanyDashboard(shown), CompanyDashboard.class).join());
        model.addAttribute("teams", depthFirst(queries.query(new ListTeams(),
                ResponseTypes.multipleInstancesOf(TeamView.class)).join()));
        return "dashboard";
    }

    /** Every team under its parent, each level by name: the organisation as a tree, flattened for a list. */
    static List<TeamView> depthFirst(List<TeamView> teams) {
        Map<Optional<TeamId>, List<TeamView>> byParent = teams.stream().collect(Collectors.groupingBy(
                team -> Optional.ofNullable(team.parentTeamId()), Collectors.toList()));
        List<TeamView> ordered = new ArrayList<>();
        addUnder(Optional.empty(), byParent, ordered);
        return ordered;
    }

    private static void addUnder(Optional<TeamId> parent, Map<Optional<TeamId>, List<TeamView>> byParent,
                                 List<TeamView> ordered) {
        for (TeamView team : byParent.getOrDefault(parent, List.of())) {
            ordered.add(team);
            addUnder(Optional.of(team.id()), byParent, ordered);
        }
    }
}
