package io.throughline.web;

import io.throughline.kernel.metric.CorrectMetricValue;
import io.throughline.kernel.metric.FindMetric;
import io.throughline.kernel.metric.GetScorecard;
import io.throughline.kernel.metric.MetricDetail;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.metric.RecordedValue;
import io.throughline.kernel.metric.Scorecard;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

/**
 * {@code /metrics/{id}}: a KPI's definition, its whole series as a chart and a table with every correction, and the
 * forms to record a value and to correct one. A refused form comes back with why, next to the field, as typed.
 */
@Controller
class MetricPage {

    private final ReadYourWrites reads;
    private final Clock clock;

    MetricPage(ReadYourWrites reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    @GetMapping("/metrics/{metricId}")
    String metric(@PathVariable MetricId metricId, Model model) {
        MetricDetail detail = reads.now(new FindMetric(metricId), MetricDetail.class);
        MetricSummary metric = detail.metric();
        List<RecordedValue> newestFirst = new ArrayList<>(detail.values());
        Collections.reverse(newestFirst);
        model.addAttribute("metric", metric);
        model.addAttribute("values", newestFirst);
        model.addAttribute("chart", MetricChart.of(detail));
        model.addAttribute("teamName", reads.now(new GetScorecard(metric.teamId()), Scorecard.class).teamName());
        model.addAttribute("currentPeriod", Period.of(metric.cadence(), LocalDate.now(clock)));
        return "metric";
    }

    @PostMapping("/metrics/{metricId}/values")
    String record(@PathVariable MetricId metricId, ValueForm typed, Model model) {
        return act(metricId, "record", typed, model,
                (period, value) -> new RecordMetric(metricId, period, value, typed.note()));
    }

    @PostMapping("/metrics/{metricId}/corrections")
    String correct(@PathVariable MetricId metricId, ValueForm typed, Model model) {
        return act(metricId, "correct", typed, model,
                (period, value) -> new CorrectMetricValue(metricId, period, value, typed.reason()));
    }

    /** Sends the form's command; on success shows the page once it can read the value, otherwise the form as typed. */
    private String act(MetricId metricId, String form, ValueForm typed, Model model,
                       BiFunction<Period, BigDecimal, Object> command) {
        try {
            Period period = typed.toPeriod();
            BigDecimal value = typed.toValue();
            reads.send(command.apply(period, value));
            return "redirect:/metrics/" + metricId + "#values";
        } catch (UnreadableInput unreadable) {
            model.addAttribute("refusal", unreadable.refusal());
        } catch (CommandExecutionException refused) {
            model.addAttribute("refusal", Refusals.of(refused));
        }
        model.addAttribute("failedForm", form);
        model.addAttribute("typed", typed);
        return metric(metricId, model);
    }
}
