package io.throughline.command.metric;

import io.throughline.command.authorisation.Actor;
import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.CorrectMetricValue;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.ReassignMetric;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.metric.RetireMetric;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Leaders define, change, reassign and retire the KPIs of the teams they lead and every team below them. The owner of
 * a KPI records and corrects its values; leaders above may do so too. A KPI that does not exist is let through to the
 * handler, which answers 404.
 */
@Component
public class MetricPolicy implements FeaturePolicy {

    private final Leadership leadership;
    private final MetricDirectory metrics;

    public MetricPolicy(Leadership leadership, MetricDirectory metrics) {
        this.leadership = leadership;
        this.metrics = metrics;
    }

    @Override
    public void grant(Permissions permissions) {
        permissions.allow(DefineMetric.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(ChangeMetricDefinition.class, (actor, c) -> leads(actor, c.metricId()));
        permissions.allow(ReassignMetric.class, (actor, c) -> leads(actor, c.metricId()));
        permissions.allow(RetireMetric.class, (actor, c) -> leads(actor, c.metricId()));
        permissions.allow(RecordMetric.class, (actor, c) -> ownsOrLeads(actor, c.metricId()));
        permissions.allow(CorrectMetricValue.class, (actor, c) -> ownsOrLeads(actor, c.metricId()));
    }

    private boolean leads(Actor actor, MetricId metric) {
        return actor.isLeader() && responsibilityOf(metric).map(r -> leadership.leadsAtOrAbove(actor, r.teamId()))
                .orElse(true);
    }

    /** Leaders and members record values on what they own; leaders on what teams they lead hold. */
    private boolean ownsOrLeads(Actor actor, MetricId metric) {
        return actor.isLeaderOrMember() && responsibilityOf(metric)
                .map(r -> actor.person().equals(r.ownerId()) || leadership.leadsAtOrAbove(actor, r.teamId()))
                .orElse(true);
    }

    private Optional<Responsibility> responsibilityOf(MetricId metric) {
        return metric == null ? Optional.empty() : metrics.responsibilityOf(metric);
    }
}
