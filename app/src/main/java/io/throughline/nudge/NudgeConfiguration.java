package io.throughline.nudge;

import io.throughline.query.ProcessingGroups;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import java.util.concurrent.TimeUnit;


/**
 * The nudges' moving parts: the digests decided and the notices delivered every throughline.nudges.check-every on
 * every node (the outbox and the advisory locks keep the nodes from doing anything twice), and the prompt notices'
 * processor, which starts at the head of the log: a new installation does not tell people of everything that ever
 * happened.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NudgeProperties.class)
class NudgeConfiguration implements SchedulingConfigurer, DisposableBean {

    private final Digests digests;
    private final Deliveries deliveries;
    private final NudgeProperties properties;
    /** A thread of their own: a slow mail server must not hold up the scheduler's other tasks (command retries). */
    private final ThreadPoolTaskScheduler thread = new ThreadPoolTaskScheduler();

    NudgeConfiguration(Digests digests, Deliveries deliveries, NudgeProperties properties) {
        this.digests = digests;
        this.deliveries = deliveries;
        this.properties = properties;
    }

    /**
     * The period is a setting (a record's, documented in the metadata), which an annotation's constant could not
     * read without restating its default: so registered here rather than with {@code @Scheduled}.
     */
    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        thread.setThreadNamePrefix("nudges-");
        thread.initialize();
        tasks.setScheduler(thread);
        tasks.addFixedDelayTask(() -> {
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
                        .andBatchSize(100)
                        .andTokenClaimInterval(500, TimeUnit.MILLISECONDS)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
    }
}
