package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.CorrectMetricValue;
import io.throughline.kernel.metric.FindMetric;
import io.throughline.kernel.metric.MetricDetail;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.metric.RecordedValue;
import io.throughline.kernel.plan.GetTeamPlan;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.FindTeam;
import io.throughline.kernel.team.TeamView;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * {@code /metrics/{id}}: a KPI's definition, its series of the last two years ({@code ?all=true}: every value) as a
 * chart and a table with every correction, and the
 * forms to record a value, correct one, change what the KPI is, change its target, hand it over and retire it. A
 * refused form comes back with why, next to the field, as typed.
 */
@Controller
class MetricPage {

    /** A year of weeks, a year and a bit of months, three years of quarters: late values are rarely older. */
    private static final int RECENT_PERIODS = 13;
    /** Values the page shows unless asked for all: two years of weeks, eight of quarters. */
    static final int SHOWN_VALUES = 104;

    private final ReadYourWrites reads;
    private final Clock clock;

    MetricPage(ReadYourWrites reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/metrics/{metricId}")
    String metric(@PathVariable MetricId metricId, @RequestParam(defaultValue = "false") boolean all, Model model) {
        MetricDetail detail = reads.now(new FindMetric(metricId, all ? null : SHOWN_VALUES), MetricDetail.class);
        MetricSummary metric = detail.metric();
        List<RecordedValue> newestFirst = new ArrayList<>(detail.values());
        Collections.reverse(newestFirst);
        model.addAttribute("metric", metric);
        model.addAttribute("values", newestFirst);
        model.addAttribute("allShown", all || newestFirst.size() < SHOWN_VALUES);
        model.addAttribute("chart", MetricChart.of(detail));
        TeamView team = reads.now(new FindTeam(metric.teamId()), TeamView.class);
        model.addAttribute("teamName", team.name());
        model.addAttribute("owners", TeamChoices.owners(team));
        Quarter now = Quarter.of(LocalDate.now(clock));
        model.addAttribute("teamPriorities",
                reads.now(new GetTeamPlan(metric.teamId(), now), TeamPlan.class).priorities());
        model.addAttribute("servedPriority", metric.priorityId() == null ? null
                : reads.now(new FindPriority(metric.priorityId()), PriorityView.class));
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("periodDue", ValueForm.due(metric, today));
        model.addAttribute("recentPeriods", recentPeriods(Period.of(metric.cadence(), today)));
        model.addAttribute("recorded", detail.values().stream().map(value -> value.period().value()).toList());
        return "metric";
    }

    @PostMapping("/metrics/{metricId}/values")
    String record(@PathVariable MetricId metricId, ValueForm typed, Model model) {
        return act(metricId, "record", "KPI value recorded", typed, model,
                (period, value) -> new RecordMetric(metricId, period, value, typed.note()));
    }

    @PostMapping("/metrics/{metricId}/corrections")
    String correct(@PathVariable MetricId metricId, ValueForm typed, Model model) {
        return act(metricId, "correct", "KPI value corrected", typed, model,
                (period, value) -> new CorrectMetricValue(metricId, period, value, typed.reason()));
    }

    @PostMapping("/metrics/{metricId}/definition")
    String describe(@PathVariable MetricId metricId, @ModelAttribute KpiForm kpi, Model model) {
        return change(metricId, "definition", "KPI definition changed", model, () -> kpi.describe(metricId));
    }

    @PostMapping("/metrics/{metricId}/target")
    String retarget(@PathVariable MetricId metricId, @ModelAttribute KpiForm kpi, Model model) {
        return change(metricId, "target", "KPI target changed", model, () -> kpi.retarget(metricId));
    }

    @PostMapping("/metrics/{metricId}/owner")
    String handOver(@PathVariable MetricId metricId, @ModelAttribute KpiForm kpi, Model model) {
        return change(metricId, "owner", "KPI handed over", model, () -> kpi.handOver(metricId));
    }

    /** Nothing is sent unless the leader ticked the confirmation: retiring is for good. */
    @PostMapping("/metrics/{metricId}/retire")
    String retire(@PathVariable MetricId metricId, @ModelAttribute KpiForm kpi,
                  @RequestParam(defaultValue = "false") boolean confirmed, Model model) {
        if (!confirmed) {
            model.addAttribute("refusal", Refusals.unconfirmed("Yes, retire it"));
            model.addAttribute("failedForm", "retire");
            return metric(metricId, false, model);
        }
        return change(metricId, "retire", "KPI retired", model, () -> kpi.retire(metricId));
    }

    /** The periods a value is offered for: the current one and the year or so before it, newest first. */
    private static List<Period> recentPeriods(Period current) {
        List<Period> periods = new ArrayList<>();
        for (Period period = current; periods.size() < RECENT_PERIODS; period = period.previous()) {
            periods.add(period);
        }
        return periods;
    }

    /** Sends a change of the KPI itself; refused, the page comes back with the form open, as typed (the kpiForm). */
    private String change(MetricId metricId, String form, String confirmation, Model model,
                          Supplier<Object> command) {
        try {
            reads.send(command.get());
            return Notice.redirect("/metrics/" + metricId, confirmation);
        } catch (UnreadableInput unreadable) {
            model.addAttribute("refusal", unreadable.refusal());
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", Refusals.of(refused));
        }
        model.addAttribute("failedForm", form);
        return metric(metricId, false, model);
    }

    /** Sends the form's command; on success shows the page once it can read the value, otherwise the form as typed. */
    private String act(MetricId metricId, String form, String confirmation, ValueForm typed, Model model,
                       BiFunction<Period, BigDecimal, Object> command) {
        try {
            Period period = typed.toPeriod();
            BigDecimal value = typed.toValue();
            reads.send(command.apply(period, value));
            return Notice.redirect("/metrics/" + metricId + "#values", confirmation);
        } catch (UnreadableInput unreadable) {
            model.addAttribute("refusal", unreadable.refusal());
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", Refusals.of(refused));
        }
        model.addAttribute("failedForm", form);
        model.addAttribute("typed", typed);
        return metric(metricId, false, model);
    }
}
