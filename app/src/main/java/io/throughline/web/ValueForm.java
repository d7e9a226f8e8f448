package io.throughline.web;

import io.throughline.kernel.FieldPath;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A KPI value form as the leader typed it: sent again unchanged when its command is refused. Turning the text into a
 * period and a number is reading, not judging: whether the value fits the KPI is the domain's call.
 * Bound from the request: a field the form lacks (a correction has no note) is null.
 */
public record ValueForm(String period, String value, String note, String reason) {

    /** @return the period, or null when none was typed (the domain says it is required) */
    public Period toPeriod() {
        try {
            return period == null ? null : new Period(period);
        } catch (IllegalArgumentException unreadable) {
            throw new UnreadableInput(new Refusals(FieldPath.of("period"), unreadable.getMessage()));
        }
    }

    /**
     * The period a value form offers first: the last completed one while it has no value (the value a leader most
     * likely comes to record), otherwise the current one. Never the current one while the one before it is missing:
     * a period still under way rarely has its value yet.
     */
    static Period due(MetricSummary metric, LocalDate today) {
        Period current = Period.of(metric.cadence(), today);
        return metric.missing() ? current.previous() : current;
    }

    /** @return the value, or null when none was typed (the domain says it is required) */
    public BigDecimal toValue() {
        return KpiForm.number("value", value);
    }
}
