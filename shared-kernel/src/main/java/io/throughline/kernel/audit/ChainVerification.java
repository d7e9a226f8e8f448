package io.throughline.kernel.audit;

/**
 * The hash chain recomputed from the event log and compared with the links written when each event was first seen.
 *
 * @param verified      events whose link still matches, from the start of the log up to the first break
 * @param firstBrokenAt the global sequence of the first event altered, removed or inserted since it was linked;
 *                      {@code null} when the whole chain holds
 */
public record ChainVerification(long verified, Long firstBrokenAt) {
}
