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
import io.throughline.kernel.metric.TargetHistory;
import io.throughline.query.BatchBuffer;
import io.throughline.query.BatchLoad;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import io.throughline.query.team.TeamEntryRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code metric_view} and {@code metric_value}: KPIs, their values and corrections, as they stand; scorecards are read
 * from them. And what the KPIs were over time, for scorecards as they stood: {@code metric_target} (each target and its
 * thresholds from when it was set), {@code metric_definition_version} (each definition from when it was made) and
 * {@code metric_value_correction} (each correction, with the value it replaced). Rows of the past are keyed by their
 * event's sequence number in the KPI's stream, so that a replay writes them again exactly.
 */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"metric_view", "metric_value", "metric_target", "metric_definition_version",
        "metric_value_correction"})
class MetricProjection {

    private static final String NEW_VALUES = MetricProjection.class.getName() + ".newValues";
    private static final String LOADED = MetricProjection.class.getName() + ".loaded";

    private final MetricEntryRepository metrics;
    private final MetricValueEntryRepository values;
    private final MetricValueRows newValueRows;
    private final MetricHistories histories;
    private final TeamEntryRepository teams;
    private final Scorecards scorecards;

    MetricProjection(MetricEntryRepository metrics, MetricValueEntryRepository values, MetricValueRows newValueRows,
                     MetricHistories histories, TeamEntryRepository teams, Scorecards scorecards) {
        this.metrics = metrics;
        this.values = values;
        this.newValueRows = newValueRows;
        this.histories = histories;
        this.teams = teams;
        this.scorecards = scorecards;
    }

    @EventHandler
    void on(MetricDefined event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        MetricEntry metric = metrics.save(MetricEntry.defined(event, at));
        histories.targets().save(MetricTargetEntry.first(event, sequence, at, actor));
        histories.definitions().save(MetricDefinitionVersion.of(metric, sequence, at));
    }

    @EventHandler
    void on(MetricRecorded event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        MetricValueEntry value = new MetricValueEntry(event.metricId().value(), event.period(), event.value(),
                event.note(), at, actor);
        newValues().put(value.getId(), value);
        update(event.metricId(), metric -> metric.recorded(event.period(), event.value()));
    }

    @EventHandler
    void on(MetricValueCorrected event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        MetricValueEntry.Key key = new MetricValueEntry.Key(event.metricId().value(), event.period().value());
        Optional.ofNullable(newValues().get(key)).or(() -> values.findById(key))
                .ifPresent(value -> value.corrected(event.value().after(), event.reason(), at, actor));
        update(event.metricId(), metric -> metric.recorded(event.period(), event.value().after()));
        histories.corrections().save(new MetricValueCorrection(event, sequence, at, actor));
    }

    @EventHandler
    void on(MetricDefinitionChanged event, @Timestamp Instant at, @SequenceNumber long sequence) {
        redefine(event.metricId(), metric -> metric.redefined(event), sequence, at);
    }

    @EventHandler
    void on(MetricTargetChanged event, @Timestamp Instant at, @SequenceNumber long sequence,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        update(event.metricId(), metric -> metric.retargeted(event));
        histories.targets().findFirstByMetricIdOrderBySequenceDesc(event.metricId().value())
                .ifPresent(before -> histories.targets().save(before.changedBy(event, sequence, at, actor)));
    }

    @EventHandler
    void on(MetricReassigned event, @Timestamp Instant at, @SequenceNumber long sequence) {
        redefine(event.metricId(), metric -> metric.reassigned(event.ownerId().after()), sequence, at);
    }

    @EventHandler
    void on(MetricRetired event, @Timestamp Instant at, @SequenceNumber long sequence) {
        redefine(event.metricId(), MetricEntry::retire, sequence, at);
    }

    @ResetHandler
    void reset() {
        histories.deleteAll();
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
            TargetHistory targets = scorecards.targetsOf(List.of(metric)).get(metric.metricId());
            return new MetricDetail(scorecards.summaryOf(metric, recorded, targets),
                    recorded.stream().map(value -> value.toRecordedValue(targets)).toList(), targets.versions());
        });
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<Scorecard> handle(GetScorecard query) {
        String teamId = query.teamId().value();
        return teams.findById(teamId).map(team -> new Scorecard(query.teamId(), team.name(),
                scorecards.activeMetricsOf(teamId), null));
    }

    private static List<MetricValueEntry> oldestFirst(List<MetricValueEntry> newestFirst) {
        List<MetricValueEntry> values = new ArrayList<>(newestFirst);
        Collections.reverse(values);
        return values;
    }

    /**
     * The values this batch of events recorded, by metric and period: inserted when it is about to commit, a batched
     * INSERT for the lot. A correction in the same batch corrects the value here, before it is written.
     */
    private Map<MetricValueEntry.Key, MetricValueEntry> newValues() {
        return BatchBuffer.of(CurrentUnitOfWork.get(), NEW_VALUES, LinkedHashMap::new,
                recorded -> newValueRows.insert(recorded.values()));
    }

    private void update(MetricId metricId, Consumer<MetricEntry> change) {
        metric(metricId.value()).ifPresent(change);
    }

    /** Changes what the KPI is, and keeps what it became as a version of its definition. */
    private void redefine(MetricId metricId, Consumer<MetricEntry> change, long sequence, Instant at) {
        metric(metricId.value()).ifPresent(metric -> {
            change.accept(metric);
            histories.definitions().save(MetricDefinitionVersion.of(metric, sequence, at));
        });
    }

    /** A KPI's row, found once per batch (BatchLoad). */
    private Optional<MetricEntry> metric(String id) {
        return BatchLoad.find(LOADED, id, metrics::findByMetricIdIn, MetricEntry::metricId, metrics::findById);
    }
}
