package io.throughline.actor;

import io.throughline.kernel.AuditMetadata;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the actor into the metadata of every command as it is sent, and carries it from each command to the events
 * it causes. Payloads never hold the actor, so a client cannot name someone else as the author of a change.
 */
@Configuration(proxyBeanMethods = false)
class ActorConfiguration {

    @Autowired
    void stampActor(CommandBus commandBus, RequestActor actor) {
        MessageDispatchInterceptor<CommandMessage<?>> stamp = messages -> (index, command) ->
                command.andMetaData(MetaData.with(AuditMetadata.ACTOR, actor.current())
                        .and(AuditMetadata.ROLES, actor.roles()));
        commandBus.registerDispatchInterceptor(stamp);
    }

    /** The actor, and the huddle a status report or KPI value was given in, pass from each command to its events. */
    @Bean
    static CorrelationDataProvider actorCorrelation() {
        return new SimpleCorrelationDataProvider(AuditMetadata.ACTOR, AuditMetadata.HUDDLE);
    }

    /** Declared here because Axon adds its own only when no other provider exists. */
    @Bean
    static CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }
}
