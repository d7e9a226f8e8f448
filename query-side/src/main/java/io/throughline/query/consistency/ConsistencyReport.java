package io.throughline.query.consistency;

import java.time.Instant;
import java.util.List;

/**
 * Whether every read model equals a fresh fold of the event log, as far as its processor has read the log.
 *
 * @param consistent     true only if every processor was checked and every table of each equals its fold
 * @param checkedAt      when the check started
 * @param durationMillis how long it took
 * @param processors     each event processor, by name
 */
public record ConsistencyReport(boolean consistent, Instant checkedAt, long durationMillis,
                                List<GroupConsistency> processors) {
}
