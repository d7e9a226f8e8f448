package io.throughline.command;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command side's own lookups of other aggregates (team tree, priority placements): tables written by the
 * event handlers of one processing group, which application.yml makes subscribing, so they run in the unit of work
 * and transaction that append the events. A handler that fails fails the command: a directory that missed an event
 * would answer wrongly from then on.
 */
@Configuration(proxyBeanMethods = false)
public class CommandDirectories {

    public static final String PROCESSING_GROUP = "command-directories";

    @Bean
    ConfigurerModule directoryHandlersFailTheCommand() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
    }

    @Bean
    DirectoryBackfill directoryBackfill(EventStore events, EventProcessingConfiguration processing,
                                        JdbcTemplate jdbc, TransactionTemplate transactions) {
        return new DirectoryBackfill(events, () -> processing.eventProcessor(PROCESSING_GROUP, AbstractEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + PROCESSING_GROUP))
                .eventHandlerInvoker(), jdbc, transactions);
    }
}
