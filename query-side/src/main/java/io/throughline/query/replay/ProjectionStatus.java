package io.throughline.query.replay;

/**
 * Where one event processor stands.
 *
 * @param name            the processor (a processing group): {@code dashboard}, {@code audit}, {@code integrity}
 * @param status          {@code REPLAYING}, {@code CATCHING_UP}, {@code LIVE} (caught up with the log), {@code ERROR}
 *                        (a handler failed; it retries) or {@code STOPPED}
 * @param position        the global sequence of the last event it has processed (its slowest segment's); null before the first
 * @param head            the global sequence of the newest event in the log; null while the log is empty
 * @param eventsPerSecond events processed per second over the last second
 * @param percentDone     position as a share of head, 0 to 100
 * @param replayable      whether it may be rebuilt from the log (the hash chain may not)
 * @param error           while ERROR, the failure it is retrying; otherwise null
 * @param deadLetters     the events parked in its dead-letter queue (the hash chain keeps none)
 */
public record ProjectionStatus(String name, String status, Long position, Long head, double eventsPerSecond,
                               double percentDone, boolean replayable, String error, long deadLetters) {
}
