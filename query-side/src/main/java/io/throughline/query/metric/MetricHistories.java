package io.throughline.query.metric;

import org.springframework.stereotype.Component;

/** The tables of what KPIs were over time, which the metric projection writes beside the KPIs as they stand. */
@Component
record MetricHistories(MetricTargetEntryRepository targets, MetricDefinitionVersionRepository definitions,
                       MetricValueCorrectionRepository corrections) {

    void deleteAll() {
        corrections.deleteAllInBatch();
        definitions.deleteAllInBatch();
        targets.deleteAllInBatch();
    }
}
