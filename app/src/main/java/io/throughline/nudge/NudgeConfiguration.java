package io.throughline.nudge;

import io.throughline.query.ProcessingGroups;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

import java.util.concurrent.TimeUnit;


/**
 * The nudges' moving parts: the digests decided and the notices delivered every throughline.nudges.check-every on
 * every node (the outbox and the advisory locks keep the nodes from doing anything twice), and the prompt notices'
 * processor, which starts at the head of the log: a new installation does not tell people of everything that ever
 * happened.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NudgeProperties.class)
class NudgeConfiguration implements DisposableBean {

    private final Digests digests;
    private final Deliveries deliveries;
    private final NudgeProperties properties;
    /**
     * A thread of their own, not the application's scheduler: a slow mail server must not hold up its other tasks
     * (the processors' speed sampling). Started once the context is refreshed, with the period of a setting (a
     * record's, documented in the metadata), which {@code @Scheduled} could not read without restating its default.
     */
    private final ThreadPoolTaskScheduler thread = new ThreadPoolTaskScheduler();

    NudgeConfiguration(Digests digests, Deliveries deliveries, NudgeProperties properties) {
        this.digests = digests;
        this.deliveries = deliveries;
        this.properties = properties;
    }

    @EventListener(ContextRefreshedEvent.class)
    void start() {
        thread.setThreadNamePrefix("nudges-");
        thread.setDaemon(true); // closed with the context; never what keeps a stopping JVM alive
        thread.initialize();
        thread.scheduleWithFixedDelay(() -> {
            digests.decideDue();
            deliveries.deliverDue();
        }, properties.checkEvery());
    }

    @Override
    public void destroy() {
        thread.shutdown();
    }

    @Bean
    static ConfigurerModule noticesStartAtTheHeadOfTheLog() {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessor(ProcessingGroups.NOTICES,
                config -> config.eventStore(), config -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(500) // as the other processors (application.yml)
                        .andTokenClaimInterval(500, TimeUnit.MILLISECONDS)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
