package io.throughline.query.deadletter;

/**
 * What a retry of a projection's dead letters did.
 *
 * @param sequences the sequences it tried, each from its first dead letter on, in order
 * @param cleared   the sequences whose events were all handled and left the queue
 * @param remaining the dead letters still queued: failed again, or parked meanwhile
 */
public record DeadLetterRetry(long sequences, long cleared, long remaining) {
}
