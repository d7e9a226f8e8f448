package io.throughline.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the projections' processors follow the event log on PostgreSQL ({@link StreamPerReaderEventStore}).
 *
 * @param gather while commits come often (one within five of these periods of the one before), how long a processor
 *               that waited for new events lets further commits arrive once one has woken it, so that they share one
 *               batch (one read of the log, one transaction, one token update) instead of one batch each; under load
 *               it adds to how soon a change reaches the pages, after a quiet spell it does not
 */
@ConfigurationProperties("throughline.event-store")
public record EventStoreProperties(@DefaultValue("20ms") Duration gather) {
}
