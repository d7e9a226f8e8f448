package io.throughline.storage;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The event store on PostgreSQL: a stream of its own for each processor, without Axon's shared cache, woken whenever
 * any instance appends events (StreamPerReaderEventStore says why); not under Axon Server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
// The event log's JPA entities, which Axon's auto-configuration registers only when it builds the storage engine itself.
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
@EnableConfigurationProperties(ProcessorProperties.class)
class EventStoreConfiguration {

    /**
     * Axon's JPA storage engine as its auto-configuration builds it, which backs off as soon as the application
     * defines an event store of its own (below).
     */
    @Bean
    EventStorageEngine eventStorageEngine(Serializer defaultSerializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          org.axonframework.config.Configuration axon,
                                          EntityManagerProvider entityManagerProvider,
                                          TransactionManager transactionManager) {
        return JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(axon.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(axon.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .build();
    }

    /** In place of Axon's auto-configured store (the same bean name and qualifier), with the same monitor and spans. */
    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration axon,
                                  ProcessorProperties processors) {
        return new StreamPerReaderEventStore(EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(axon.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(axon.getComponent(EventBusSpanFactory.class)), processors.gather());
    }

    @Bean
    EventAppendListener eventAppendListener(DataSource dataSource, EventStore eventStore) {
        return new EventAppendListener(dataSource, eventStore);
    }
}
