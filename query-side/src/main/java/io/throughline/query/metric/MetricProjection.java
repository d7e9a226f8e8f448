package io.throughline.query.metric;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.metric.FindMetric;
import io.throughline.kernel.metric.GetScorecard;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricDetail;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricReassigned;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricRetired;
import io.throughline.kernel.metric.MetricTargetChanged;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.metric.Scorecard;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** {@code metric_view} and {@code metric_value}: KPIs, their values and corrections; scorecards are read from them. */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"metric_view", "metric_value"})
class MetricProjection {

    private final MetricEntryRepository metrics;
    private final MetricValueEntryRepository values;
    private final TeamEntryRepository teams;
    private final Scorecards scorecards;

    MetricProjection(MetricEntryRepository metrics, MetricValueEntryRepository values, TeamEntryRepository teams,
                     Scorecards scorecards) {
        this.metrics = metrics;
        this.values = values;
        this.teams = teams;
        this.scorecards = scorecards;
    }

    @EventHandler
    void on(MetricDefined event, @Timestamp Instant at) {
        metrics.save(MetricEntry.defined(event, at));
    }

    @EventHandler
    void on(MetricRecorded event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        values.save(new MetricValueEntry(event.metricId().value(), event.period(), event.value(), event.note(), at, actor));
        update(event.metricId(), metric -> metric.recorded(event.period(), event.value()));
    }

    @EventHandler
    void on(MetricValueCorrected event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        values.findById(new MetricValueEntry.Key(event.metricId().value(), event.period().value()))
                .ifPresent(value -> value.corrected(event.value().after(), event.reason(), at, actor));
        update(event.metricId(), metric -> metric.recorded(event.period(), event.value().after()));
    }

    @EventHandler
    void on(MetricDefinitionChanged event) {
        update(event.metricId(), metric -> metric.redefined(event));
    }

    @EventHandler
    void on(MetricTargetChanged event) {
        update(event.metricId(), metric -> metric.retargeted(event));
    }

    @EventHandler
    void on(MetricReassigned event) {
        update(event.metricId(), metric -> metric.reassigned(event.ownerId().after()));
    }

    @EventHandler
    void on(MetricRetired event) {
        update(event.metricId(), MetricEntry::retire);
    }

    @ResetHandler
    void reset() {
        values.deleteAllInBatch();
        metrics.deleteAllInBatch();
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<MetricDetail> handle(FindMetric query) {
        return metrics.findById(query.metricId().value()).map(metric -> {
            List<MetricValueEntry> recorded = query.latestValues() == null
                    ? values.findByMetricIdOrderByPeriodStartAsc(metric.metricId())
                    : oldestFirst(values.findByMetricIdOrderByPeriodStartDesc(metric.metricId(),
                    Limit.of(query.latestValues())));
            return new MetricDetail(scorecards.summaryOf(metric, recorded),
                    recorded.stream().map(MetricValueEntry::toRecordedValue).toList());
        });
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<Scorecard> handle(GetScorecard query) {
        String teamId = query.teamId().value();
        return teams.findById(teamId).map(team -> new Scorecard(query.teamId(), team.name(),
                scorecards.activeMetricsOf(teamId)));
    }

    private static List<MetricValueEntry> oldestFirst(List<MetricValueEntry> newestFirst) {
        List<MetricValueEntry> values = new ArrayList<>(newestFirst);
        Collections.reverse(values);
        return values;
    }

    private void update(MetricId metricId, Consumer<MetricEntry> change) {
        metrics.findById(metricId.value()).ifPresent(change);
    }
}
