package io.throughline.command.rejection;

import java.util.Locale;

/**
 * A business rule a command can break or clash with, named in the refusal ({@code rule} in the problem body) so that
 * clients can tell them apart without parsing sentences. Each feature names its rules in an enum beside the aggregate
 * they guard ({@code priority.PriorityRule}, {@code metric.MetricRule}, …); those every feature holds to are
 * {@link CommonRule}.
 */
public interface Rule {

    /** The constant's name, as enums have it. */
    String name();

    /** The rule's name as clients see it, e.g. {@code due-date-inside-quarter}. */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
