package io.throughline.storage;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/** The event store on PostgreSQL, woken by PostgreSQL whenever any instance appends events; not under Axon Server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false")
class EventStoreConfiguration {

    @Bean
    EventAppendListener eventAppendListener(DataSource dataSource, EventStore eventStore) {
        return new EventAppendListener(dataSource, eventStore);
    }
}
