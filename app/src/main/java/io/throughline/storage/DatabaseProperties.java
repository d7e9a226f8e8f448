package io.throughline.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * What clients are told while PostgreSQL cannot be reached.
 *
 * @param retryAfter How long a request answered 503 because PostgreSQL cannot be reached tells the client to wait
 *                   before sending it again (Retry-After, in whole seconds, at least 1); a restart of PostgreSQL takes
 *                   a few seconds.
 */
@ConfigurationProperties("throughline.database")
public record DatabaseProperties(@DefaultValue("5s") Duration retryAfter) {
}
