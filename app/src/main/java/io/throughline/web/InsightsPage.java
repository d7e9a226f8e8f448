package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.insight.GetInsights;
import io.throughline.kernel.insight.Insights;
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
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * {@code /insights}: what only the event log can tell about a quarter, each figure as a chart with a table of the same
 * numbers beside it and its CSV, for a team and the teams below it or the whole organisation.
 */
@Controller
class InsightsPage {

    /** The priorities listed by name: the most moved goalposts first; the CSV has them all. */
    static final int PRIORITIES_LISTED = 15;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final QueryGateway queries;
    private final Clock clock;

    InsightsPage(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/insights")
    String insights(@RequestParam(required = false) Quarter quarter, @RequestParam(required = false) TeamId team,
                    Model model) {
        Quarter shown = quarter != null ? quarter : Quarter.of(LocalDate.now(clock));
        Insights insights = queries.query(new GetInsights(shown, team),
                        ResponseTypes.optionalInstanceOf(Insights.class)).join()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such team"));
        List<TeamView> teams = queries.query(new ListTeams(), ResponseTypes.multipleInstancesOf(TeamView.class)).join()
                .stream().sorted(Comparator.comparing(TeamView::name)).toList();
        model.addAttribute("quarter", shown);
        model.addAttribute("quarters", Pages.quartersAround(clock));
        model.addAttribute("teams", teams);
        model.addAttribute("team", team);
        model.addAttribute("insights", insights);
        model.addAttribute("listed", insights.priorities().stream().limit(PRIORITIES_LISTED).toList());
        model.addAttribute("charts", InsightCharts.of(insights, InsightsPage::monthName));
        model.addAttribute("csvQuery", "?quarter=" + shown.value() + (team == null ? "" : "&teamId=" + team.value()));
        return "insights";
    }

    /** "Nov 2026" for 2026-11. Public: the page names the months of the check-ins table with it. */
    public static String monthName(String month) {
        return MONTH.format(YearMonth.parse(month));
    }
}
