package io.throughline.query.integrity;

import io.throughline.query.ProcessingGroups;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The hash chain stops at an event it cannot link instead of leaving it out. The chain is one sequence, the whole log
 * in order, so a dead-letter queue keyed by aggregate (the projections') would let later events of other aggregates be
 * linked past the parked one. {@link HashChainProjection} would link it in its place once a retry brought it, as it
 * does a late commit, but until then {@link ChainVerifier} would report the hole as an event inserted into the log: a
 * false alarm of tampering. And one sequence for the whole log would park every later event behind the failed one.
 * <p>
 * So a failure fails the batch: nothing of it is stored, the processor retries it by itself (after 1 s, then twice as
 * long each time, at most a minute), and /admin shows the chain as ERROR with the cause until a fix lets it through.
 * The chain meanwhile verifies up to the event before; the events after it are reported as not yet chained.
 */
@Configuration(proxyBeanMethods = false)
class IntegrityProcessing {

    @Bean
    ConfigurerModule theHashChainStopsAtAFailure() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                ProcessingGroups.INTEGRITY, config -> PropagatingErrorHandler.instance());
    }
}
