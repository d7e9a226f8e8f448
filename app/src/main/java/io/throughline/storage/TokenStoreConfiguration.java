package io.throughline.storage;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JPA token store in PostgreSQL, as Axon would configure it, with one addition: the name this instance claims
 * processor segments under ({@link NodeProperties}). Axon's default (the JVM's {@code pid@host}) is unique per machine
 * but not per instance when two instances share a JVM, and then both would think they own the same claim.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NodeProperties.class)
class TokenStoreConfiguration {

    @Bean
    TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagerProvider,
                          TokenStoreProperties properties, NodeProperties node) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(node.nodeId())
                .build();
    }
}
