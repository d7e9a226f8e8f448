package io.throughline.command.person;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The accounts projection runs in the unit of work of the command whose events it projects: subscribing, not
 * tracking, so that it writes in the same transaction, and an error in it refuses the command instead of being logged
 * and skipped (a subscribing processor's default) — an event stored without its account would leave a person who
 * exists but cannot sign in.
 */
@Configuration(proxyBeanMethods = false)
class PersonConfiguration {

    static final String ACCOUNTS = "accounts";

    @Autowired
    void subscribeAccounts(EventProcessingConfigurer processing) {
        processing.registerSubscribingEventProcessor(ACCOUNTS)
                .registerListenerInvocationErrorHandler(ACCOUNTS, configuration -> PropagatingErrorHandler.instance());
    }
}
