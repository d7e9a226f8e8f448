package io.throughline.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the projections' processors read the log on PostgreSQL (StreamPerReaderEventStore).
 *
 * @param gather How old the first new event must be before a busy processor (its last batch began less than this
 *               ago) takes its batch, so that the events committed meanwhile join the same batch and its one
 *               transaction; 0 takes every event as soon as it is committed. After a quiet spell, and for older events
 *               (a catch-up, a replay), a batch is taken at once. Under bench/run.sh's 32 clients, 50 ms took the
 *               processors' CPU from 2.5–3.3 to 1.5–1.7 ms a command without lengthening the lag
 *               (docs/performance.md).
 */
@ConfigurationProperties("throughline.processors")
public record ProcessorProperties(@DefaultValue("50ms") Duration gather) {
}
