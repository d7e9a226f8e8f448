package io.throughline.support;

import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A command bus that, like Axon Server, handles every command it is given in a unit of work and transaction of its own,
 * on a thread of its own, whoever dispatched it: a command sent from inside another command's handler is not part of
 * that command's unit of work. In place of Axon's local {@code SimpleCommandBus}, set up as Axon sets up that one.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AsynchronousCommandBusConfiguration {

    @Bean(destroyMethod = "shutdown")
    AsynchronousCommandBus asynchronousCommandBus(TransactionManager transactionManager,
                                                  org.axonframework.config.Configuration axon) {
        AsynchronousCommandBus bus = AsynchronousCommandBus.builder().transactionManager(transactionManager).build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return bus;
    }
}
