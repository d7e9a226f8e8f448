package io.throughline.command;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Aggregates loaded by one command stay in memory for the next, instead of being replayed from the event store each
 * time: without it, every status update on a priority replayed its whole history. One cache per aggregate type, so an
 * id of another kind never finds an aggregate of the wrong class. A cached copy that turns out stale (another node
 * appended meanwhile) fails on the event store's unique key and is evicted with the rolled-back unit of work.
 * <p>
 * The caches hold up to {@code throughline.commands.cached-aggregates} aggregates of each type, least recently used
 * first out. Axon's {@code WeakReferenceCache} was used before, but the young collections that a busy service runs
 * every few seconds clear weak references to the newly cached copies, so most commands replayed the history anyway
 * (bench/run.sh: 30 of 83 profile samples of a status report were spent loading the priority).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CommandProperties.class)
public class AggregateCaches {

    public static final String TEAMS = "teamCache";
    public static final String PRIORITIES = "priorityCache";
    public static final String METRICS = "metricCache";
    public static final String DECISION_LOGS = "decisionLogCache";

    private final long entries;

    AggregateCaches(CommandProperties properties) {
        this.entries = properties.cachedAggregates();
    }

    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    @Bean(TEAMS)
    Cache teamCache(CacheManager aggregateCacheManager) {
        return cache(aggregateCacheManager, TEAMS);
    }

    @Bean(PRIORITIES)
    Cache priorityCache(CacheManager aggregateCacheManager) {
        return cache(aggregateCacheManager, PRIORITIES);
    }

    @Bean(METRICS)
    Cache metricCache(CacheManager aggregateCacheManager) {
        return cache(aggregateCacheManager, METRICS);
    }

    /** A team's decision log grows with every decision recorded. */
    @Bean(DECISION_LOGS)
    Cache decisionLogCache(CacheManager aggregateCacheManager) {
        return cache(aggregateCacheManager, DECISION_LOGS);
    }

    /** On the heap, by reference: the aggregate itself is kept, never a copy. */
    private Cache cache(CacheManager manager, String name) {
        return new EhCache3Adapter((Ehcache<?, ?>) manager.createCache(name, CacheConfigurationBuilder
                .newCacheConfigurationBuilder(Object.class, Object.class, ResourcePoolsBuilder.heap(entries))));
    }
}
