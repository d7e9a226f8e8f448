package io.throughline.storage;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.management.ManagementFactory;

/**
 * Axon's JPA token store in PostgreSQL, as Axon would configure it, with one addition: the name this instance claims
 * processor segments under. Axon's default (the JVM's {@code pid@host}) is unique per machine but not per instance
 * when two instances share a JVM, and then both would think they own the same claim.
 */
@Configuration(proxyBeanMethods = false)
class TokenStoreConfiguration {

    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagerProvider,
                          TokenStoreProperties properties, @Value("${throughline.node-name:}") String nodeName) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName)
                .build();
    }
}
