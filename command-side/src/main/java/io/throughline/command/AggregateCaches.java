package io.throughline.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.WeakReferenceCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates loaded by one command stay in memory for the next, instead of being replayed from the event store each
 * time: without it, every status update on a priority replayed its whole history. One cache per aggregate type, so an
 * id of another kind never finds an aggregate of the wrong class. A cached copy that turns out stale (another node
 * appended meanwhile) fails on the event store's unique key and is evicted with the rolled-back unit of work.
 */
@Configuration(proxyBeanMethods = false)
public class AggregateCaches {

    public static final String TEAMS = "teamCache";
    public static final String PRIORITIES = "priorityCache";
    public static final String METRICS = "metricCache";
    public static final String DECISION_LOGS = "decisionLogCache";

    @Bean(TEAMS)
    Cache teamCache() {
        return new WeakReferenceCache();
    }

    @Bean(PRIORITIES)
    Cache priorityCache() {
        return new WeakReferenceCache();
    }

    @Bean(METRICS)
    Cache metricCache() {
        return new WeakReferenceCache();
    }

    /** A team's decision log grows with every decision recorded. */
    @Bean(DECISION_LOGS)
    Cache decisionLogCache() {
        return new WeakReferenceCache();
    }
}
