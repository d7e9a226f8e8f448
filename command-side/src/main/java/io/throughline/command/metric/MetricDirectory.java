package io.throughline.command.metric;

import io.throughline.command.AggregateLookup;
import io.throughline.kernel.metric.MetricId;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What the authorisation policy may know about a metric. Read from the aggregate itself: the policy asks only about the
 * metric that the command it checks changes, which the unit of work then loads once, under the lock it takes anyway.
 */
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
