package io.throughline.query.metric;

import java.util.Collection;

/** Where the metric projection inserts the values a batch of events recorded, once the batch is about to commit. */
interface MetricValueRows {

    void insert(Collection<MetricValueEntry> recorded);
}
