package io.throughline.web;

import io.throughline.kernel.quarter.GetQuarterScorecard;
import io.throughline.kernel.quarter.QuarterScorecard;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.dashboard.CompanyDashboard.CutOff;
import io.throughline.kernel.dashboard.GetCompanyDashboard;
import io.throughline.kernel.dashboard.GetCompanyDashboardAsOf;
import io.throughline.kernel.dashboard.GetFinalCompanyDashboard;
import io.throughline.kernel.metric.GetScorecard;
import io.throughline.kernel.metric.GetScorecardAsOf;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
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
     * @param asOf        an instant to show the roll-up as it stood then, typed in the viewer's {@code zone}
     * @param finalRollUp show the quarter's final roll-up, with what has been corrected since
     */
    @GetMapping("/")
    String dashboard(@RequestParam(required = false) Quarter quarter,
                     @RequestParam(name = "trouble", defaultValue = "false") boolean troubleOnly,
                     @RequestParam(required = false) TeamId team, @RequestParam(required = false) PriorityId branch,
                     @RequestParam(required = false) String asOf, @RequestParam(required = false) String zone,
                     @RequestParam(name = "final", defaultValue = "false") boolean finalRollUp, Model model) {
        Quarter shown = quarter != null ? quarter : Quarter.of(LocalDate.now(clock));
        CompanyDashboard dashboard = past(shown, asOf, zone, finalRollUp, model)
                .orElseGet(() -> queries.query(new GetCompanyDashboard(shown), CompanyDashboard.class).join());
        boolean live = dashboard.asOf() == null && dashboard.finalSnapshot() == null;
        Instant moment = live ? clock.instant() : momentOf(dashboard);
        List<TeamView> teams = depthFirst(queries.query(new ListTeams(),
                ResponseTypes.multipleInstancesOf(TeamView.class)).join());
        model.addAttribute("quarter", shown);
        model.addAttribute("quarters", Pages.quartersAround(clock, shown));
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("troubleOnly", troubleOnly);
        CascadeNode whole = branch == null ? null : dashboard.priorities().stream()
                .filter(node -> node.id().equals(branch)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such company priority"));
        model.addAttribute("whole", whole);
        LocalDate day = live ? LocalDate.now(clock) : LocalDate.ofInstant(moment, ZoneOffset.UTC);
        model.addAttribute("branches", whole == null
                ? ExecutiveRollUp.of(dashboard.priorities(), moment, day, troubleOnly)
                : ExecutiveRollUp.of(List.of(whole), moment, day, troubleOnly, Integer.MAX_VALUE));
        model.addAttribute("teams", teams);
        if (!teams.isEmpty()) {
            TeamView scored = team == null ? teams.get(0) : teams.stream().filter(t -> t.id().equals(team)).findFirst()
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such team"));
            TeamView company = companyOf(scored, teams);
            Scorecard companyKpis = scorecardOf(company, live ? null : moment);
            Scorecard scorecard = scored.equals(company) ? companyKpis : scorecardOf(scored, live ? null : moment);
            model.addAttribute("company", company);
            if (live) {
                QuarterScorecard companyQuarter = reads.now(new GetQuarterScorecard(company.id(), shown),
                        QuarterScorecard.class);
                model.addAttribute("companyQuarter", companyQuarter);
                model.addAttribute("companyQuarterResult", QuarterResult.of(companyQuarter.total()));
            }
            model.addAttribute("companyKpis", companyKpis.metrics());
            model.addAttribute("scored", scored);
            model.addAttribute("grids", ScorecardGrid.of(scorecard.metrics()));
        }
        return "dashboard";
    }

    /**
     * The roll-up as it stood at a past instant, or as the quarter ended; empty for the live one, or when the instant
     * cannot be read (said beside the form) or the quarter has no final roll-up yet (said above the live one).
     */
    private Optional<CompanyDashboard> past(Quarter quarter, String asOf, String zone, boolean finalRollUp,
                                            Model model) {
        ZoneId viewersZone = Moments.zone(zone);
        Map<String, String> invalid = new HashMap<>();
        Instant instant = Moments.parse("asOf", asOf == null || asOf.isBlank() ? null : asOf, viewersZone, invalid);
        if (instant != null && instant.isAfter(clock.instant())) {
            invalid.put("asOf", "must not be in the future");
        }
        model.addAttribute("asOfRefused", invalid.get("asOf"));
        model.addAttribute("zone", viewersZone.getId());
        if (finalRollUp) {
            Optional<CompanyDashboard> last = queries.query(new GetFinalCompanyDashboard(quarter),
                    ResponseTypes.optionalInstanceOf(CompanyDashboard.class)).join();
            model.addAttribute("notFinalYet", last.isEmpty());
            return last;
        }
        return instant == null || invalid.containsKey("asOf") ? Optional.empty()
                : Optional.of(queries.query(new GetCompanyDashboardAsOf(quarter, instant), CompanyDashboard.class).join());
    }

    /** When a past roll-up stood as shown: the instant asked for, or the last of a final roll-up's cut-offs. */
    private Instant momentOf(CompanyDashboard dashboard) {
        return dashboard.finalSnapshot() == null ? dashboard.asOf() : dashboard.finalSnapshot().cutOffs().stream()
                .map(CutOff::at).max(Instant::compareTo).orElse(clock.instant());
    }

    /** The team's scorecard now (instant null), or as it read at the instant: empty if the team did not exist yet. */
    private Scorecard scorecardOf(TeamView team, Instant instant) {
        return instant == null ? reads.now(new GetScorecard(team.id()), Scorecard.class)
                : queries.query(new GetScorecardAsOf(team.id(), instant), ResponseTypes.optionalInstanceOf(
                        Scorecard.class)).join().orElse(new Scorecard(team.id(), team.name(), List.of(), instant));
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
