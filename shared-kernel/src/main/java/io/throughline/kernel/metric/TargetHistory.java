package io.throughline.kernel.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A KPI's targets over time, oldest first, and the one rule for judging a value: a period is judged against the target
 * and thresholds in force at its end. A past week keeps its colour when the target changes later; the period under way
 * is judged against the latest target, since no later one is known yet.
 */
public record TargetHistory(Direction direction, List<TargetVersion> versions) {

    public TargetHistory {
        versions = List.copyOf(versions);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("a KPI has a target from its definition on");
        }
    }

    /**
     * The version in force at the instant. Before the KPI was defined (a value recorded for an earlier period), the
     * target it was defined with: there was no other.
     */
    public TargetVersion inForceAt(Instant instant) {
        TargetVersion inForce = versions.get(0);
        for (TargetVersion version : versions) {
            if (!version.effectiveFrom().isAfter(instant)) {
                inForce = version;
            }
        }
        return inForce;
    }

    /** The version in force at the last moment of the period. */
    public TargetVersion inForceAtEndOf(Period period) {
        return inForceAt(period.end().minusNanos(1));
    }

    /** The value of the period against the thresholds in force at its end. */
    public Colour colourOf(Period period, BigDecimal value) {
        return inForceAtEndOf(period).thresholds().colourOf(value, direction);
    }

    /** The latest version: the target in force now. */
    public TargetVersion current() {
        return versions.get(versions.size() - 1);
    }

    /** The history as it was known at the instant: the versions set by then (at least the first). */
    public TargetHistory knownAt(Instant instant) {
        List<TargetVersion> known = versions.stream().filter(version -> !version.effectiveFrom().isAfter(instant))
                .toList();
        return new TargetHistory(direction, known.isEmpty() ? versions.subList(0, 1) : known);
    }
}
