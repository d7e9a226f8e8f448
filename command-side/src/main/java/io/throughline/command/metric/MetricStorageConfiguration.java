package io.throughline.command.metric;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A metric collects a reading every period for years. Loading it must not mean replaying every reading: a snapshot
 * is taken every {@code throughline.metric.snapshot-every} events, and loaded metrics stay in a cache between commands.
 * Snapshots are written on a thread of their own, after the command's transaction, so that the command that happens
 * to cross the threshold does not pay for serializing the whole history.
 */
@Configuration(proxyBeanMethods = false)
class MetricStorageConfiguration {

    static final String SNAPSHOT_TRIGGER = "metricSnapshotTrigger";
    static final String CACHE = "metricCache";

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition metricSnapshotTrigger(Snapshotter snapshotter,
                                                    @Value("${throughline.metric.snapshot-every:500}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }

    @Bean(CACHE)
    Cache metricCache() {
        return new WeakReferenceCache();
    }

    /** Replaces Axon's snapshotter, which snapshots in the committing thread. */
    @Bean
    SpringAggregateSnapshotter snapshotter(org.axonframework.config.Configuration configuration, EventStore eventStore,
                                           TransactionManager transactionManager,
                                           ParameterResolverFactory parameterResolverFactory,
                                           HandlerDefinition handlerDefinition, SnapshotterSpanFactory spanFactory,
                                           ExecutorService snapshotExecutor) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(configuration::repository)
                .transactionManager(transactionManager)
                .eventStore(eventStore)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .spanFactory(spanFactory)
                .executor(snapshotExecutor)
                .build();
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotExecutor() {
        return Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "snapshotter"));
    }
}
