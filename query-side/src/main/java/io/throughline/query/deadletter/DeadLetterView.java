package io.throughline.query.deadletter;

import java.time.Instant;

/**
 * An event a projection could not handle, parked in its dead-letter queue.
 *
 * @param projection       the projection (processing group) whose handler failed
 * @param sequence         the events that must be handled in order with it: its aggregate's id
 * @param eventType        the event, such as {@code PriorityChanged}
 * @param aggregateId      the aggregate that recorded it
 * @param aggregateVersion its place in that aggregate's events, from 0
 * @param cause            why its handler failed; null for an event that only waits behind an earlier one of its sequence
 * @param enqueuedAt       when it was parked
 * @param lastTouched      when it was parked or last retried
 * @param retries          how many retries have failed so far
 */
public record DeadLetterView(String projection, String sequence, String eventType, String aggregateId,
                             Long aggregateVersion, String cause, Instant enqueuedAt, Instant lastTouched, int retries) {
}
