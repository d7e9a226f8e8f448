package io.throughline.operations;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's metrics (application.yml switches off its own module, which this replaces): for the command bus, the event
 * bus and the query bus, one meter per kind with the message type as a tag ({@code commandBus_successCounter_total{
 * payloadType="AssignPriority"}}), which the Grafana dashboard sums and splits; none for the event processors.
 * <p>
 * Axon's monitors on a processor (a timer, a latency gauge, a capacity gauge and counters, each looked up by its tags)
 * ran for every event of the log in every processor, handled or ignored: a fifth of the audit trail's and the hash
 * chain's CPU in a rebuild, and part of every command's. What an operator reads of a processor is
 * {@code throughline_processor_*} ({@link EventProcessorGauges}): how far behind it is in events and in seconds, its
 * position (whose rate is its pace), its dead letters and its errors, read once per scrape instead of per event.
 */
@Configuration(proxyBeanMethods = false)
class AxonMetrics {

    @Bean
    ConfigurerModule busesAreMeasuredNotEveryEvent(GlobalMetricRegistry metrics) {
        return configurer -> configurer.configureMessageMonitor(config -> (componentType, componentName) ->
                EventProcessor.class.isAssignableFrom(componentType) ? NoOpMessageMonitor.instance()
                        : messages(metrics.registerComponentWithDefaultTags(componentType, componentName)));
    }

    @SuppressWarnings("unchecked") // Axon's registry answers the monitor of the component's own message type
    private static MessageMonitor<Message<?>> messages(MessageMonitor<? extends Message<?>> monitor) {
        return (MessageMonitor<Message<?>>) monitor;
    }
}
