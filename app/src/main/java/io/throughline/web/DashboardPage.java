package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.GetCompanyDashboard;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

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
        return "dashboard";
    }
}
