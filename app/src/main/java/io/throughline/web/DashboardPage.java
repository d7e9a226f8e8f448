package io.throughline.web;

import io.throughline.kernel.quarter.GetQuarterScorecard;
import io.throughline.kernel.quarter.QuarterScorecard;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.dashboard.GetCompanyDashboard;
import io.throughline.kernel.metric.GetScorecard;
import io.throughline.kernel.metric.Scorecard;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /}: the executive roll-up of a quarter: the company's priorities with what serves them (counted by status,
 * overdue and stale flagged), how well the plan cascades, the company's KPIs and a team's scorecard grid.
 */
@Controller
class DashboardPage {

    private final QueryGateway queries;
    private final ReadYourWrites reads;
    private final Clock clock;

    DashboardPage(QueryGateway queries, ReadYourWrites reads, Clock clock) {
        this.queries = queries;
        this.reads = reads;
        this.clock = clock;
    }

    /**
     * @param troubleOnly show only the branches in which a priority is at risk or off track
     * @param team        whose scorecard grid to show; the company (the first root team) by default
     * @param branch      a company priority to show alone, with everything that serves it drawn
     */
    @GetMapping("/")
    String dashboard(@RequestParam(required = false) Quarter quarter,
                     @RequestParam(name = "trouble", defaultValue = "false") boolean troubleOnly,
                     @RequestParam(required = false) TeamId team, @RequestParam(required = false) PriorityId branch,
                     Model model) {
        Quarter shown = quarter != null ? quarter : Quarter.of(LocalDate.now(clock));
        CompanyDashboard dashboard = queries.query(new GetCompanyDashboard(shown), CompanyDashboard.class).join();
        List<TeamView> teams = depthFirst(queries.query(new ListTeams(),
                ResponseTypes.multipleInstancesOf(TeamView.class)).join());
        model.addAttribute("quarter", shown);
        model.addAttribute("quarters", Pages.quartersAround(clock));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("troubleOnly", troubleOnly);
        CascadeNode whole = branch == null ? null : dashboard.priorities().stream()
                .filter(node -> node.id().equals(branch)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such company priority"));
        model.addAttribute("whole", whole);
        model.addAttribute("branches", whole == null
                ? ExecutiveRollUp.of(dashboard.priorities(), clock.instant(), LocalDate.now(clock), troubleOnly)
                : ExecutiveRollUp.of(List.of(whole), clock.instant(), LocalDate.now(clock), troubleOnly,
                Integer.MAX_VALUE));
        model.addAttribute("teams", teams);
        if (!teams.isEmpty()) {
            TeamView scored = team == null ? teams.get(0) : teams.stream().filter(t -> t.id().equals(team)).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such team"));
            TeamView company = companyOf(scored, teams);
            Scorecard companyKpis = reads.now(new GetScorecard(company.id()), Scorecard.class);
            Scorecard scorecard = scored.equals(company) ? companyKpis : reads.now(new GetScorecard(scored.id()),
                    Scorecard.class);
            model.addAttribute("company", company);
            QuarterScorecard companyQuarter = reads.now(new GetQuarterScorecard(company.id(), shown),
                    QuarterScorecard.class);
            model.addAttribute("companyQuarter", companyQuarter);
            model.addAttribute("companyQuarterResult", QuarterResult.of(companyQuarter.total()));
            model.addAttribute("companyKpis", companyKpis.metrics());
            model.addAttribute("scored", scored);
            model.addAttribute("grids", ScorecardGrid.of(scorecard.metrics()));
        }
        return "dashboard";
    }

    /** The root team above the team: the company whose KPIs the page shows. */
    private static TeamView companyOf(TeamView team, List<TeamView> teams) {
        Map<TeamId, TeamView> byId = teams.stream().collect(Collectors.toMap(TeamView::id, Function.identity()));
        TeamView root = team;
        while (root.parentTeamId() != null && byId.containsKey(root.parentTeamId())) {
            root = byId.get(root.parentTeamId());
        }
        return root;
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
