package io.throughline.query.deadletter;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon parks a failed event and keeps it after every failed retry; this policy does the same and also counts the
 * failed retries in the letter's diagnostics, for /admin. Nothing is ever dropped from the queue: only a successful
 * retry or a replay of the projection takes a letter out.
 */
@Configuration(proxyBeanMethods = false)
class RetryCount {

    private static final String RETRIES = "retries";

    @Bean
    ConfigurerModule deadLettersCountTheirRetries() {
        return configurer -> configurer.eventProcessing().registerDefaultDeadLetterPolicy(config -> policy());
    }

    static EnqueuePolicy<EventMessage<?>> policy() {
        return (letter, failure) -> Decisions.<EventMessage<?>>enqueue(ThrowableCause.truncated(failure), RetryCount::counted);
    }

    static int of(DeadLetter<?> letter) {
        return letter.diagnostics().get(RETRIES) instanceof Number retries ? retries.intValue() : 0;
    }

    /**
     * None when an event is first parked (its letter carries the handler's failure, no count yet); one more when a
     * retry fails. A letter that was parked only because an earlier one of its sequence was has neither a cause nor a
     * count: its first failure is a retry's.
     */
    private static MetaData counted(DeadLetter<?> letter) {
        boolean counted = letter.diagnostics().containsKey(RETRIES);
        int retries = counted ? of(letter) + 1 : letter.cause().isPresent() ? 0 : 1;
        return letter.diagnostics().and(RETRIES, retries);
    }
}
