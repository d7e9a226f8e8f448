package io.throughline.query.metric;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.metric.FindMetric;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.query.ProcessingGroups;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
class MetricProjection {

    private final MetricEntryRepository metrics;
    private final MetricValueEntryRepository values;

    MetricProjection(MetricEntryRepository metrics, MetricValueEntryRepository values) {
        this.metrics = metrics;
        this.values = values;
    }

    @EventHandler
    void on(MetricDefined event, @Timestamp Instant at) {
        metrics.save(MetricEntry.defined(event, at));
    }

    @EventHandler
    void on(MetricRecorded event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        values.save(new MetricValueEntry(event.metricId().value(), event.period().value(), event.period().firstDay(),
                event.value(), event.note(), at, actor));
        metrics.findById(event.metricId().value()).ifPresent(metric -> metric.recorded(event.period(), event.value()));
    }

    @ResetHandler
    void reset() {
        values.deleteAllInBatch();
        metrics.deleteAllInBatch();
    }

    @QueryHandler
    Optional<MetricSummary> handle(FindMetric query) {
        return metrics.findById(query.metricId().value()).map(MetricEntry::toSummary);
    }
}
