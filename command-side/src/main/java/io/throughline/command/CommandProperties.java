package io.throughline.command;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How commands are sent and how their aggregates are kept between commands.
 *
 * @param concurrentAppendRetries With several instances on one PostgreSQL: how many times a command whose append lost
 *                                to another instance's (same aggregate, same moment) is sent again before the client
 *                                gets 409.
 * @param retryInterval           How long to wait before each of those retries.
 * @param cachedAggregates        How many aggregates of each type stay in memory between commands (AggregateCaches),
 *                                least recently used first out.
 */
@ConfigurationProperties("throughline.commands")
public record CommandProperties(@DefaultValue("3") int concurrentAppendRetries,
                                @DefaultValue("20ms") Duration retryInterval,
                                @DefaultValue("10000") long cachedAggregates) {
}
