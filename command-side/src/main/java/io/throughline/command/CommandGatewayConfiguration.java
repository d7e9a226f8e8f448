package io.throughline.command;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** The gateway every controller and page sends commands through: it retries a command that lost a concurrent append. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandProperties.class)
class CommandGatewayConfiguration {

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor,
                                  CommandProperties properties) {
        IntervalRetryScheduler.Builder builder = IntervalRetryScheduler.builder()
                .retryExecutor(commandRetryExecutor)
                .maxRetryCount(properties.concurrentAppendRetries())
                .retryInterval((int) properties.retryInterval().toMillis());
        return DefaultCommandGateway.builder().commandBus(commandBus).retryScheduler(new ConcurrentAppendRetries(builder))
                .build();
    }
}
