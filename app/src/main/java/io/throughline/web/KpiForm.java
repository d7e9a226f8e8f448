package io.throughline.web;

import io.throughline.kernel.FieldPath;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.ReassignMetric;
import io.throughline.kernel.metric.RetireMetric;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import io.throughline.web.words.Numbers;

import java.math.BigDecimal;
import java.util.function.Function;

/**
 * A KPI form as the leader typed it — defining one on the team page, or one of the actions on its own page — sent
 * again unchanged when refused. Each form posts only its own fields; the others bind as null. Reading the text
 * (numbers, choices) is the page's job; whether the values make a valid KPI is the domain's call.
 */
record KpiForm(String name, String unit, String target, String direction, String cadence, String ownerId,
               String greenAt, String redAt, String kind, String priorityId, String reason, String newOwnerId,
               String baseline, String weight) {

    DefineMetric define(MetricId metricId, TeamId teamId) {
        return new DefineMetric(metricId, teamId, name, unit, number("target", target),
                choice(direction, Direction::valueOf), choice(cadence, Cadence::valueOf),
                choice(ownerId, PersonId::new),
                number("greenAt", greenAt), number("redAt", redAt), choice(kind, MetricKind::valueOf),
                choice(priorityId, PriorityId::new), number("baseline", baseline), number("weight", weight));
    }

    /**
     * Name, unit, kind, linked priority, and how it counts toward that priority's progress (baseline, weight): what
     * the KPI is. A blank field keeps its value.
     */
    ChangeMetricDefinition describe(MetricId metricId) {
        return new ChangeMetricDefinition(metricId, blankAsKept(name), blankAsKept(unit), null, null, null,
                choice(kind, MetricKind::valueOf), choice(priorityId, PriorityId::new), null,
                number("baseline", baseline), number("weight", weight));
    }

    /** Target and thresholds, with the reason the domain asks for; thresholds left blank follow the new target. */
    ChangeMetricDefinition retarget(MetricId metricId) {
        return new ChangeMetricDefinition(metricId, null, null, number("target", target), number("greenAt", greenAt),
                number("redAt", redAt), null, null, reason);
    }

    ReassignMetric handOver(MetricId metricId) {
        return new ReassignMetric(metricId, choice(newOwnerId, PersonId::new), reason);
    }

    RetireMetric retire(MetricId metricId) {
        return new RetireMetric(metricId, reason);
    }

    /** @return the number, or null when none was typed (the domain says whether it is required) */
    static BigDecimal number(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Numbers.read(typed);
        } catch (NumberFormatException unreadable) {
            throw new UnreadableInput(new Refusals(FieldPath.of(field), unreadable.getMessage()));
        }
    }

    /** A select's value; its empty "none" option names nothing. */
    private static <T> T choice(String chosen, Function<String, T> read) {
        return Pages.idOrNone(chosen, read);
    }

    private static String blankAsKept(String typed) {
        return typed == null || typed.isBlank() ? null : typed;
    }
}
