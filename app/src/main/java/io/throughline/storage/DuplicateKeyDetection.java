package io.throughline.storage;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jpa.SQLErrorCodesResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How Axon tells a duplicate key (another node appended the same aggregate's next event first) from other failures:
 * by PostgreSQL's error codes, named here. Axon's default looks the database's product name up over a connection while
 * the context starts, which start-up need not wait for, and which the image's class-data training run (Dockerfile),
 * having no database, cannot make.
 */
@Configuration(proxyBeanMethods = false)
class DuplicateKeyDetection {

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLErrorCodesResolver("PostgreSQL");
    }
}
