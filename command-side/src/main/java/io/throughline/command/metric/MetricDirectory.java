package io.throughline.command.metric;

import io.throughline.command.AggregateLookup;
import io.throughline.kernel.metric.MetricId;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** What the authorisation policy may know about metrics. */
@Component
public class MetricDirectory {

    private final Repository<Metric> metrics;

    MetricDirectory(Repository<Metric> metrics) {
        this.metrics = metrics;
    }

    public Optional<Responsibility> responsibilityOf(MetricId metricId) {
        return AggregateLookup.find(metrics, metricId, Metric::responsibility);
    }
}
