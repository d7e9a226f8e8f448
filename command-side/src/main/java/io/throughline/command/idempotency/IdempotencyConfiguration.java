package io.throughline.command.idempotency;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/** Carries the request's idempotency key into the command's metadata and applies each key at most once. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

    @Autowired
    void stampKeys(CommandBus commandBus) {
        MessageDispatchInterceptor<CommandMessage<?>> stamp = messages -> (index, command) ->
                IdempotencyKey.ofCurrentRequest()
                        .<CommandMessage<?>>map(key -> command.andMetaData(MetaData.with(IdempotencyKey.METADATA, key)))
                        .orElse(command);
        commandBus.registerDispatchInterceptor(stamp);
    }

    /**
     * Registered on the command bus by Axon, inside the rejection translator, the limits, the authorisation policy and
     * the check of the people named.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 4)
    IdempotentCommands idempotentCommands(JdbcTemplate jdbc, Serializer serializer) {
        return new IdempotentCommands(jdbc, serializer);
    }
}
