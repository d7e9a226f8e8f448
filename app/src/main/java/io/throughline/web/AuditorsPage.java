package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.audit.AuditFilter;
import io.throughline.kernel.audit.AuditPage;
import io.throughline.kernel.audit.ChainVerification;
import io.throughline.kernel.audit.ListAuditEventTypes;
import io.throughline.kernel.audit.SearchAudit;
import io.throughline.kernel.audit.VerifyAuditChain;
import io.throughline.kernel.metric.GetScorecardAsOf;
import io.throughline.kernel.metric.Scorecard;
import io.throughline.kernel.person.PersonName;
import io.throughline.kernel.plan.GetPlanAsOf;
import io.throughline.kernel.plan.GetPlanChanges;
import io.throughline.kernel.plan.PlanAsOf;
import io.throughline.kernel.plan.PlanChanges;
import io.throughline.kernel.team.ListTeams;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamView;
import io.throughline.query.audit.AuditExport;
import io.throughline.web.words.Histories;
import io.throughline.web.words.HistorySentences;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /audit}, for auditors: the organisation's log, paged and filtered by choices (team, person, event type, a
 * period), with a CSV download; the plan of a team as it stood at a chosen instant and what changed in it between two;
 * a team's scorecard as it read at a chosen instant;
 * the hash chain's verification. Dates and times are typed in the viewer's zone (the page's script sends it; UTC
 * without script) and the page shows the UTC instant beside each.
 */
@Controller
class AuditorsPage {

    private static final int PAGE_SIZE = 50;
    /** Beyond 200 pages the log says "more than 10,000 entries" rather than count the rest (whole log: 1.2 M). */
    private static final int COUNT_LIMIT = 10_000;

    private final QueryGateway queries;
    private final People people;
    private final Histories histories;
    private final Clock clock;

    AuditorsPage(QueryGateway queries, People people, Histories histories, Clock clock) {
        this.queries = queries;
        this.people = people;
        this.histories = histories;
        this.clock = clock;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) TeamId teamId, @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String type, @RequestParam(required = false) String from,
                 @RequestParam(required = false) String to, @RequestParam(required = false) Long upTo,
                 @RequestParam(required = false) String zone, @RequestParam(defaultValue = "0") int page,
                 @RequestParam(required = false) TeamId planTeam, @RequestParam(required = false) Quarter planQuarter,
                 @RequestParam(required = false) String asOf, @RequestParam(required = false) String since,
                 @RequestParam(required = false) String until, @RequestParam(required = false) TeamId scorecardTeam,
                 @RequestParam(required = false) String scorecardAsOf, @RequestParam(defaultValue = "false") boolean verify,
                 @RequestParam(name = "oldest-first", defaultValue = "false") boolean oldestFirst, Model model) {
        ZoneId viewersZone = Moments.zone(zone);
        model.addAttribute("zone", viewersZone.getId());
        Map<String, String> invalid = new HashMap<>();
        model.addAttribute("invalid", invalid);
        Map<String, Instant> instants = new HashMap<>();
        Map<String, String> typed = new HashMap<>();
        Map.of("from", Pages.orEmpty(from), "to", Pages.orEmpty(to), "asOf", Pages.orEmpty(asOf),
                "since", Pages.orEmpty(since), "until", Pages.orEmpty(until),
                "scorecardAsOf", Pages.orEmpty(scorecardAsOf)).forEach((field, text) -> {
            Instant instant = Moments.parse(field, text.isEmpty() ? null : text, viewersZone, invalid);
            if (instant != null) {
                instants.put(field, instant);
            }
            typed.put(field, Moments.shown(instant, text, viewersZone));
        });
        model.addAttribute("typed", typed);
        model.addAttribute("utc", instants.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> Moments.utc(entry.getValue()))));
        logPart(new AuditFilter(teamId, actor, type, instants.get("from"), instants.get("to"), upTo), page, oldestFirst,
                invalid, model);
        model.addAttribute("quarters", Pages.quartersAround(clock));
        Quarter quarter = planQuarter != null ? planQuarter : Quarter.of(LocalDate.now(clock));
        model.addAttribute("planTeam", planTeam);
        model.addAttribute("planQuarter", quarter);
        Instant asOfInstant = instants.get("asOf");
        Instant changesFrom = instants.get("since");
        Instant changesTo = instants.get("until");
        if (planTeam != null && asOfInstant != null) {
            model.addAttribute("planAsOf", queries.query(new GetPlanAsOf(planTeam, quarter, asOfInstant),
                    ResponseTypes.optionalInstanceOf(PlanAsOf.class)).join().orElse(null));
        }
        if (changesFrom != null && changesTo != null && changesFrom.isAfter(changesTo)) {
            invalid.put("until", "must not be before " + typed.get("since"));
        } else if (planTeam != null && changesFrom != null && changesTo != null) {
            model.addAttribute("planChanges", queries.query(new GetPlanChanges(planTeam, quarter, changesFrom, changesTo),
                    ResponseTypes.optionalInstanceOf(PlanChanges.class)).join().orElse(null));
        }
        scorecardPart(scorecardTeam, instants.get("scorecardAsOf"), viewersZone, invalid, model);
        if (verify) {
            model.addAttribute("verification", queries.query(new VerifyAuditChain(),
                    ResponseTypes.optionalInstanceOf(ChainVerification.class)).join().orElse(null));
        }
        return "audit";
    }

    /** A team's scorecard as it read at the instant; an instant still to come is refused, as the API refuses it. */
    private void scorecardPart(TeamId team, Instant asOf, ZoneId viewersZone, Map<String, String> invalid, Model model) {
        model.addAttribute("scorecardTeam", team);
        if (asOf != null && asOf.isAfter(clock.instant())) {
            invalid.put("scorecardAsOf", "must not be in the future");
        } else if (team != null && asOf != null) {
            Scorecard then = queries.query(new GetScorecardAsOf(team, asOf),
                    ResponseTypes.optionalInstanceOf(Scorecard.class)).join().orElse(null);
            model.addAttribute("scorecardThen", then);
            model.addAttribute("scorecardMoment", Moments.inZone(asOf, viewersZone));
            model.addAttribute("scorecardGrids", then == null ? List.of() : ScorecardGrid.of(then.metrics()));
        }
    }

    /**
     * The log's filters as choices, the page of entries and the links to the first, previous and next pages, which keep
     * the listing pinned at its newest entry ({@code upTo}) so that events arriving meanwhile do not shift the pages;
     * newest first unless the auditor turns the order round.
     */
    private void logPart(AuditFilter filter, int page, boolean oldestFirst, Map<String, String> invalid, Model model) {
        List<PersonName> people = this.people.everyone();
        model.addAttribute("filter", filter);
        model.addAttribute("teams", queries.query(new ListTeams(), ResponseTypes.multipleInstancesOf(TeamView.class)).join());
        model.addAttribute("people", people);
        model.addAttribute("names", People.namesOf(people));
        model.addAttribute("eventTypes", queries.query(new ListAuditEventTypes(),
                ResponseTypes.multipleInstancesOf(String.class)).join().stream()
                .collect(Collectors.toMap(Function.identity(), HistorySentences::readable, (a, b) -> a,
                        LinkedHashMap::new)));
        if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
            invalid.put("to", "must be after the start");
        }
        AuditPage log = invalid.containsKey("to") ? AuditPage.none(PAGE_SIZE, filter.upTo())
                : queries.query(new SearchAudit(filter, Math.max(page, 0), PAGE_SIZE, oldestFirst, COUNT_LIMIT), AuditPage.class)
                .join();
        model.addAttribute("log", log);
        model.addAttribute("oldestFirst", oldestFirst);
        HistorySentences sentences = histories.sentences();
        model.addAttribute("sentences", sentences);
        model.addAttribute("told", log.entries().stream().map(sentences::ofLog).toList());
        UriComponentsBuilder here = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("upTo", log.upTo());
        model.addAttribute("firstPage", here.cloneBuilder().replaceQueryParam("page").toUriString());
        model.addAttribute("previousPage", log.page() > 0
                ? here.cloneBuilder().replaceQueryParam("page", log.page() - 1).toUriString() : null);
        model.addAttribute("nextPage", log.hasNext()
                ? here.cloneBuilder().replaceQueryParam("page", log.page() + 1).toUriString() : null);
        model.addAttribute("lastPage", log.hasNext() && !log.totalCapped()
                ? here.cloneBuilder().replaceQueryParam("page", log.totalPages() - 1).toUriString() : null);
        model.addAttribute("otherOrder", here.cloneBuilder().replaceQueryParam("page")
                .replaceQueryParam("oldest-first", oldestFirst ? null : true).toUriString());
        model.addAttribute("newestPage", ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("upTo").replaceQueryParam("page").toUriString());
        model.addAttribute("csv", ServletUriComponentsBuilder.fromCurrentContextPath().path("/audit/export")
                .queryParamIfPresent("teamId", Optional.ofNullable(filter.teamId()))
                .queryParamIfPresent("actor", Optional.ofNullable(filter.actor()))
                .queryParamIfPresent("type", Optional.ofNullable(filter.type()))
                .queryParamIfPresent("from", Optional.ofNullable(filter.from()))
                .queryParamIfPresent("to", Optional.ofNullable(filter.to()))
                .queryParamIfPresent("upTo", Optional.ofNullable(log.upTo())).toUriString());
    }

    @GetMapping("/audit/export")
    ResponseEntity<StreamingResponseBody> export(AuditFilter filter) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(out -> AuditExport.write(queries, filter, out));
    }
}
