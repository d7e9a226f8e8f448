package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.audit.AuditFilter;
import io.throughline.kernel.audit.AuditPage;
import io.throughline.kernel.audit.ChainVerification;
import io.throughline.kernel.audit.SearchAudit;
import io.throughline.kernel.audit.VerifyAuditChain;
import io.throughline.kernel.plan.GetPlanAsOf;
import io.throughline.kernel.plan.GetPlanChanges;
import io.throughline.kernel.plan.PlanAsOf;
import io.throughline.kernel.plan.PlanChanges;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import io.throughline.query.audit.AuditExport;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code /audit}, for auditors: the organisation's log with filters and a CSV download, the plan of a team as it
 * stood at a chosen instant and what changed in it between two, and the hash chain's verification.
 */
@Controller
class AuditorsPage {

    private static final int PAGE_SIZE = 50;

    private final QueryGateway queries;
    private final Clock clock;

    AuditorsPage(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String audit(AuditFilter filter, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(required = false) TeamId planTeam, @RequestParam(required = false) Quarter planQuarter,
                 @RequestParam(required = false) String asOf, @RequestParam(required = false) String since,
                 @RequestParam(required = false) String until, @RequestParam(defaultValue = "false") boolean verify,
                 Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("teams", queries.query(new ListTeams(), ResponseTypes.multipleInstancesOf(TeamView.class)).join());
        model.addAttribute("log", queries.query(new SearchAudit(filter, Math.max(page, 0), PAGE_SIZE),
                AuditPage.class).join());
        model.addAttribute("quarters", Pages.quartersAround(clock));
        Quarter quarter = planQuarter != null ? planQuarter : Quarter.of(LocalDate.now(clock));
        model.addAttribute("planTeam", planTeam);
        model.addAttribute("planQuarter", quarter);
        Map<String, String> invalid = new HashMap<>();
        model.addAttribute("invalid", invalid);
        Instant asOfInstant = Moments.parse("asOf", asOf, invalid);
        Instant from = Moments.parse("since", since, invalid);
        Instant to = Moments.parse("until", until, invalid);
        model.addAttribute("typed", Map.of("asOf", Moments.shown(asOfInstant, asOf),
                "since", Moments.shown(from, since), "until", Moments.shown(to, until)));
        if (planTeam != null && asOfInstant != null) {
            model.addAttribute("planAsOf", queries.query(new GetPlanAsOf(planTeam, quarter, asOfInstant),
                    ResponseTypes.optionalInstanceOf(PlanAsOf.class)).join().orElse(null));
        }
        if (from != null && to != null && from.isAfter(to)) {
            invalid.put("until", "must not be before " + since);
        } else if (planTeam != null && from != null && to != null) {
            model.addAttribute("planChanges", queries.query(new GetPlanChanges(planTeam, quarter, from, to),
                    ResponseTypes.optionalInstanceOf(PlanChanges.class)).join().orElse(null));
        }
        if (verify) {
            model.addAttribute("verification", queries.query(new VerifyAuditChain(),
                    ResponseTypes.optionalInstanceOf(ChainVerification.class)).join().orElse(null));
        }
        return "audit";
    }

    @GetMapping("/audit/export")
    ResponseEntity<StreamingResponseBody> export(AuditFilter filter) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(out -> AuditExport.write(queries, filter, out));
    }
}
