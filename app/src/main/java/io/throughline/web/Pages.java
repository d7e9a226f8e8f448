package io.throughline.web;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.plan.TeamPlan;
import io.throughline.kernel.priority.PriorityView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The quarters a leader picks from, on every page that shows a quarter. */
final class Pages {

    private Pages() {
    }

    /** The current quarter, the two before it and the one after: what plans are made and reviewed for. */
    static List<Quarter> quartersAround(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return IntStream.rangeClosed(-2, 1).mapToObj(offset -> Quarter.of(today.plusMonths(3L * offset))).toList();
    }

    /** The quarters around today and the one shown, in order: a page opened on an older quarter still names it. */
    static List<Quarter> quartersAround(Clock clock, Quarter shown) {
        List<Quarter> around = quartersAround(clock);
        return around.contains(shown) ? around : Stream.concat(Stream.of(shown), around.stream())
                .sorted(Comparator.comparing(Quarter::firstDay)).toList();
    }

    /** A form field left out, shown again as empty. */
    static String orEmpty(String typed) {
        return typed == null ? "" : typed;
    }

    /** A select's "none" option sends an empty value, which names no id (the ids themselves refuse to be blank). */
    static <T> T idOrNone(String chosen, Function<String, T> id) {
        return chosen == null || chosen.isBlank() ? null : id.apply(chosen);
    }

    /** A plan's priorities by id, for pages that name a priority they know only by its id. */
    static Map<String, PriorityView> prioritiesById(TeamPlan plan) {
        return plan.priorities().stream().collect(Collectors.toMap(p -> p.id().value(), Function.identity()));
    }

    /** A plan's KPIs by id. */
    static Map<String, MetricSummary> metricsById(TeamPlan plan) {
        return plan.metrics().stream().collect(Collectors.toMap(m -> m.id().value(), Function.identity()));
    }
}
