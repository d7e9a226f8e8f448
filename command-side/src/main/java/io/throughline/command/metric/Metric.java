package io.throughline.command.metric;

import io.throughline.command.rejection.CommonRule;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.throughline.command.AggregateCaches;
import io.throughline.command.priority.Placement;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.CorrectMetricValue;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricReassigned;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricRetired;
import io.throughline.kernel.metric.MetricTargetChanged;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.ReassignMetric;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.metric.RetireMetric;
import io.throughline.kernel.metric.Thresholds;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A KPI on a team's scorecard and the values recorded for it, one per period of its cadence. It grows with every
 * reading, so it is snapshotted and cached (see {@link MetricStorageConfiguration}); snapshots are this object as
 * JSON, hence the field visibility.
 */
@Aggregate(snapshotTriggerDefinition = MetricStorageConfiguration.SNAPSHOT_TRIGGER, cache = AggregateCaches.METRICS)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Metric {

    @AggregateIdentifier
    private MetricId id;
    private TeamId teamId;
    private String name;
    private String unit;
    private BigDecimal target;
    private Thresholds thresholds;
    private Direction direction;
    private Cadence cadence;
    private PersonId ownerId;
    private MetricKind kind;
    private PriorityId priorityId;
    /** Where progress toward the target starts; {@code null}: at the first recorded value. */
    private BigDecimal baseline;
    /** Its weight among its priority's measures; {@code null}: the default. */
    private BigDecimal weight;
    private boolean retired;
    private Map<Period, BigDecimal> values = new HashMap<>();

    protected Metric() {
        // for Axon: rebuilt from its events or a snapshot
    }

    @CommandHandler
    public Metric(DefineMetric command, TeamDirectory teams, PriorityDirectory priorities) {
        TeamId team = Require.present("teamId", command.teamId());
        String metricName = Require.text("name", command.name());
        BigDecimal metricTarget = Require.present("target", command.target());
        Direction metricDirection = Require.present("direction", command.direction());
        Require.present("cadence", command.cadence());
        Require.present("ownerId", command.ownerId());
        if (!teams.exists(team)) {
            throw CommandRejectedException.invalid("teamId", "no team with id '" + team + "'");
        }
        if ((command.greenAt() == null) != (command.redAt() == null)) {
            throw CommandRejectedException.invalid(command.greenAt() == null ? "greenAt" : "redAt",
                    "give both thresholds, greenAt and redAt, or neither to take the defaults of the target");
        }
        Thresholds metricThresholds = command.greenAt() == null ? Thresholds.defaultFor(metricTarget, metricDirection)
                : new Thresholds(command.greenAt(), command.redAt());
        requireOrdered(metricThresholds, metricDirection);
        requireOwnPriority(command.priorityId(), team, priorities);
        requireBaselineShortOf(metricTarget, command.baseline(), metricDirection);
        Require.optionalWeight("weight", command.weight());
        apply(new MetricDefined(command.metricId(), team, metricName, Require.optionalText(command.unit()), metricTarget,
                metricDirection, command.cadence(), command.ownerId(), metricThresholds.greenAt(),
                metricThresholds.redAt(), command.kind() == null ? MetricKind.LAGGING : command.kind(),
                command.priorityId(), command.baseline(), command.weight()));
    }

    /**
     * Also a KPI value given in a huddle, applied by the huddle's handler in the huddle's own unit of work.
     *
     * @return the metric's version after recording
     */
    @CommandHandler
    public long handle(RecordMetric command) {
        requireActive();
        Period period = Require.present("period", command.period());
        Require.present("value", command.value());
        requireCadence(period);
        if (values.containsKey(period)) {
            throw CommandRejectedException.conflict(MetricRule.ONE_VALUE_PER_PERIOD, "period",
                    period + " already has a value; a recorded value can only be corrected, with a reason");
        }
        return applied(new MetricRecorded(id, period, command.value(), Require.optionalText(command.note())));
    }

    @CommandHandler
    long handle(CorrectMetricValue command) {
        requireActive();
        Period period = Require.present("period", command.period());
        BigDecimal value = Require.present("value", command.value());
        String reason = Require.text("reason", command.reason());
        requireCadence(period);
        if (!values.containsKey(period)) {
            throw CommandRejectedException.conflict(MetricRule.ONLY_RECORDED_VALUES_CORRECTED, "period", period + " has no value to correct; record it instead");
        }
        Change<BigDecimal> change = Require.changes("value", decimalChange(values.get(period), value));
        return applied(new MetricValueCorrected(id, period, change, reason));
    }

    @CommandHandler
    long handle(ChangeMetricDefinition command, PriorityDirectory priorities) {
        requireActive();
        MetricTargetChanged targetChange = targetChangeOf(command);
        MetricDefinitionChanged definitionChange = new MetricDefinitionChanged(id,
                command.name() == null ? null : Change.between(name, Require.text("name", command.name())),
                command.unit() == null ? null : Change.between(unit, Require.optionalText(command.unit())),
                command.kind() == null ? null : Change.between(kind, command.kind()),
                command.priorityId() == null ? null : Change.between(priorityId, command.priorityId()),
                command.baseline() == null ? null : optionalDecimalChange(baseline, command.baseline()),
                command.weight() == null ? null : optionalDecimalChange(weight, command.weight()));
        boolean describes = Stream.of(definitionChange.name(), definitionChange.unit(), definitionChange.kind(),
                definitionChange.priorityId(), definitionChange.baseline(), definitionChange.weight())
                .anyMatch(java.util.Objects::nonNull);
        if (targetChange == null && !describes) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null, "the change changes nothing; nothing was stored");
        }
        if (definitionChange.priorityId() != null) {
            requireOwnPriority(command.priorityId(), teamId, priorities);
        }
        Require.optionalWeight("weight", command.weight());
        requireBaselineShortOf(targetChange == null ? target : Change.valueAfter(targetChange.target(), target),
                command.baseline() == null ? baseline : command.baseline(), direction);
        if (describes) {
            apply(definitionChange);
        }
        if (targetChange != null) {
            apply(targetChange);
        }
        return AggregateLifecycle.getVersion();
    }

    /** A new target without thresholds takes the default thresholds of that target; a given threshold replaces one. */
    private MetricTargetChanged targetChangeOf(ChangeMetricDefinition command) {
        BigDecimal newTarget = command.target() == null ? target : command.target();
        Change<BigDecimal> targetChange = decimalChange(target, newTarget);
        Thresholds base = targetChange != null && command.greenAt() == null && command.redAt() == null
                ? Thresholds.defaultFor(newTarget, direction) : thresholds;
        Thresholds newThresholds = new Thresholds(command.greenAt() == null ? base.greenAt() : command.greenAt(),
                command.redAt() == null ? base.redAt() : command.redAt());
        Change<BigDecimal> greenChange = decimalChange(thresholds.greenAt(), newThresholds.greenAt());
        Change<BigDecimal> redChange = decimalChange(thresholds.redAt(), newThresholds.redAt());
        if (targetChange == null && greenChange == null && redChange == null) {
            return null;
        }
        requireOrdered(newThresholds, direction);
        String reason = Require.text("reason", command.reason());
        return new MetricTargetChanged(id, targetChange, greenChange, redChange, reason);
    }

    @CommandHandler
    long handle(ReassignMetric command) {
        requireActive();
        PersonId newOwner = Require.present("newOwnerId", command.newOwnerId());
        Change<PersonId> owner = Require.changes("newOwnerId", Change.between(ownerId, newOwner));
        return applied(new MetricReassigned(id, owner, Require.optionalText(command.reason())));
    }

    @CommandHandler
    long handle(RetireMetric command) {
        requireActive();
        return applied(new MetricRetired(id, Require.text("reason", command.reason())));
    }

    private long applied(Object event) {
        apply(event);
        return AggregateLifecycle.getVersion();
    }

    private void requireActive() {
        if (retired) {
            throw CommandRejectedException.conflict(MetricRule.RETIRED_METRIC_ACCEPTS_NOTHING, null, "the metric is retired; a retired metric accepts nothing");
        }
    }

    private void requireCadence(Period period) {
        if (period.cadence() != cadence) {
            throw CommandRejectedException.invalid("period",
                    "this metric is " + cadence + ", so its period is " + cadence.periodFormat() + ", not '" + period + "'");
        }
    }

    private static void requireOrdered(Thresholds thresholds, Direction direction) {
        if (!thresholds.isOrderedFor(direction)) {
            throw CommandRejectedException.ruleBroken(MetricRule.THRESHOLDS_FOLLOW_DIRECTION, "redAt", direction == Direction.HIGHER_IS_BETTER
                    ? "when higher is better, redAt must not be above greenAt"
                    : "when lower is better, redAt must not be below greenAt");
        }
    }

    /** A KPI may tell the progress of one of its own team's priorities. */
    private static void requireOwnPriority(PriorityId priorityId, TeamId team, PriorityDirectory priorities) {
        if (priorityId == null) {
            return;
        }
        Placement placement = priorities.placementOf(priorityId).orElseThrow(() ->
                CommandRejectedException.invalid("priorityId", "no priority with id '" + priorityId + "'"));
        if (!placement.teamId().equals(team)) {
            throw CommandRejectedException.ruleBroken(MetricRule.METRIC_PRIORITY_OF_OWN_TEAM, "priorityId", "the priority belongs to another team");
        }
    }

    /**
     * Progress runs from the baseline to the target, so a baseline set by a leader lies short of the target: below it
     * when higher is better, above it when lower is better.
     */
    private static void requireBaselineShortOf(BigDecimal target, BigDecimal baseline, Direction direction) {
        if (baseline == null) {
            return;
        }
        int order = baseline.compareTo(target);
        if (direction == Direction.HIGHER_IS_BETTER ? order >= 0 : order <= 0) {
            throw CommandRejectedException.ruleBroken(MetricRule.BASELINE_SHORT_OF_TARGET, "baseline",
                    direction == Direction.HIGHER_IS_BETTER
                            ? "when higher is better, the baseline must be below the target " + target.toPlainString()
                            : "when lower is better, the baseline must be above the target " + target.toPlainString());
        }
    }

    /** A change of a decimal that may not be set yet; decimals that differ only in scale are the same value. */
    private static Change<BigDecimal> optionalDecimalChange(BigDecimal before, BigDecimal after) {
        return before == null ? new Change<>(null, after) : decimalChange(before, after);
    }

    /** Decimals that differ only in scale (40 and 40.0) are the same value. */
    private static Change<BigDecimal> decimalChange(BigDecimal before, BigDecimal after) {
        return before.compareTo(after) == 0 ? null : new Change<>(before, after);
    }

    /** For {@link MetricDirectory}. */
    Responsibility responsibility() {
        return new Responsibility(teamId, ownerId);
    }

    @EventSourcingHandler
    void on(MetricDefined event) {
        id = event.metricId();
        teamId = event.teamId();
        name = event.name();
        unit = event.unit();
        target = event.target();
        thresholds = event.thresholds();
        direction = event.direction();
        cadence = event.cadence();
        ownerId = event.ownerId();
        kind = event.effectiveKind();
        priorityId = event.priorityId();
        baseline = event.baseline();
        weight = event.weight();
    }

    @EventSourcingHandler
    void on(MetricRecorded event) {
        values.put(event.period(), event.value());
    }

    @EventSourcingHandler
    void on(MetricValueCorrected event) {
        values.put(event.period(), event.value().after());
    }

    @EventSourcingHandler
    void on(MetricDefinitionChanged event) {
        name = Change.valueAfter(event.name(), name);
        unit = Change.valueAfter(event.unit(), unit);
        kind = Change.valueAfter(event.kind(), kind);
        priorityId = Change.valueAfter(event.priorityId(), priorityId);
        baseline = Change.valueAfter(event.baseline(), baseline);
        weight = Change.valueAfter(event.weight(), weight);
    }

    @EventSourcingHandler
    void on(MetricTargetChanged event) {
        target = Change.valueAfter(event.target(), target);
        thresholds = new Thresholds(Change.valueAfter(event.greenAt(), thresholds.greenAt()), Change.valueAfter(event.redAt(), thresholds.redAt()));
    }

    @EventSourcingHandler
    void on(MetricReassigned event) {
        ownerId = event.ownerId().after();
    }

    @EventSourcingHandler
    void on(MetricRetired event) {
        retired = true;
    }
}
