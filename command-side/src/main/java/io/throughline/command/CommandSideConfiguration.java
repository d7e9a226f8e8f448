package io.throughline.command;

import io.throughline.command.rejection.RejectionTranslator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Axon registers every {@code MessageHandlerInterceptor} bean on the command bus, in bean order: the translator comes
 * first so that it also sees the refusals of the interceptors inside it.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RejectionTranslator rejectionTranslator() {
        return new RejectionTranslator();
    }
}
