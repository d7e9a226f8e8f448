package io.throughline.command.metric;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.SnapshotterSpanFactory;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A metric collects a reading every period for years. Loading it must not mean replaying every reading: a snapshot
 * is taken every {@code throughline.metric.snapshot-every} events, and loaded metrics stay in a cache between commands
 * ({@link io.throughline.command.AggregateCaches}).
 * Snapshots are written on a thread of their own, after the command's transaction, so that the command that happens
 * to cross the threshold does not pay for serializing the whole history.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MetricProperties.class)
class MetricStorageConfiguration {

    static final String SNAPSHOT_TRIGGER = "metricSnapshotTrigger";

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition metricSnapshotTrigger(Snapshotter snapshotter,
                                                    MetricProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotEvery());
    }

    /** Replaces Axon's snapshotter, which snapshots in the committing thread. */
    @Bean
    SpringAggregateSnapshotter snapshotter(org.axonframework.config.Configuration configuration, EventStore eventStore,
                                           TransactionManager transactionManager,
                                           ParameterResolverFactory parameterResolverFactory,
                                           HandlerDefinition handlerDefinition, SnapshotterSpanFactory spanFactory,
                                           ThreadPoolTaskExecutor snapshotExecutor) {
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

    /** One thread; on shutdown it finishes the snapshot in hand before the database goes away. */
    @Bean
    @DependsOn("dataSource")
    ThreadPoolTaskExecutor snapshotExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("snapshotter-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        return executor;
    }
}
