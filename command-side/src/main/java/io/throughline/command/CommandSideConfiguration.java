package io.throughline.command;

import io.throughline.command.authorisation.CommandPolicy;
import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.limits.CommandLimits;
import io.throughline.command.person.KnownPeople;
import io.throughline.command.person.PersonDirectory;
import io.throughline.command.rejection.RejectionTranslator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.List;

/**
 * Axon registers every {@code MessageHandlerInterceptor} bean on the command bus, in bean order: the translator comes
 * first so that it also sees the refusals of the interceptors inside it, then the limits, then the authorisation
 * policy (the features' own policies, collected), then the check that the people named exist, then idempotency.
 */
@Configuration(proxyBeanMethods = false)
public class CommandSideConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    RejectionTranslator rejectionTranslator() {
        return new RejectionTranslator();
    }

    /** Cheap and about the input alone, so before the policy looks anything up. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    CommandLimits commandLimits() {
        return new CommandLimits();
    }

    /** Before anything else is done for a command: a refused one does not even use up its idempotency key. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 2)
    CommandPolicy commandPolicy(List<FeaturePolicy> policies) {
        return new CommandPolicy(policies);
    }

    /** Once the actor may send the command: whether the people it names exist is none of an intruder's business. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 3)
    KnownPeople knownPeople(PersonDirectory people) {
        return new KnownPeople(people);
    }
}
