package io.throughline.command.metric;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.Require;
import io.throughline.command.team.TeamDirectory;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.team.TeamId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A KPI on a team's scorecard and the values recorded for it, one per period of its cadence. */
@Aggregate
public class Metric {

    @AggregateIdentifier
    private MetricId id;
    private Cadence cadence;
    private final Set<Period> recordedPeriods = new HashSet<>();

    protected Metric() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Metric(DefineMetric command, TeamDirectory teams) {
        TeamId teamId = Require.present("teamId", command.teamId());
        String name = Require.text("name", command.name());
        Require.present("target", command.target());
        Require.present("direction", command.direction());
        Require.present("cadence", command.cadence());
        Require.present("ownerId", command.ownerId());
        if (!teams.exists(teamId)) {
            throw CommandRejectedException.invalid("teamId", "no team with id '" + teamId + "'");
        }
        apply(new MetricDefined(command.metricId(), teamId, name, Require.optionalText(command.unit()),
                command.target(), command.direction(), command.cadence(), command.ownerId()));
    }

    /** @return the metric's version after recording */
    @CommandHandler
    public long handle(RecordMetric command) {
        Period period = Require.present("period", command.period());
        Require.present("value", command.value());
        if (period.cadence() != cadence) {
            throw CommandRejectedException.invalid("period",
                    "this metric is " + cadence + ", so its period is " + cadence.periodFormat() + ", not '" + period + "'");
        }
        if (recordedPeriods.contains(period)) {
            throw CommandRejectedException.conflict("period",
                    period + " already has a value; a recorded value can only be corrected");
        }
        apply(new MetricRecorded(id, period, command.value(), Require.optionalText(command.note())));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(MetricDefined event) {
        id = event.metricId();
        cadence = event.cadence();
    }

    @EventSourcingHandler
    void on(MetricRecorded event) {
        recordedPeriods.add(event.period());
    }
}
