package io.throughline.query.consistency;

import java.util.List;

/**
 * One event processor's read models against a fresh fold of the events its token covers.
 *
 * @param name     the processor (processing group): {@code dashboard}, {@code audit}, {@code integrity}
 * @param verdict  CONSISTENT, DIFFERENT (some table differs), NOT_CHECKED (it cannot be checked now; see reason) or
 *                 FAILED (a handler failed during the fold; see reason)
 * @param position the global sequence its token has reached; null when not read or before its first event
 * @param gaps     positions below it that it has not seen yet (their transactions had not committed), left out of the
 *                 fold as they are out of the read models
 * @param events   events folded
 * @param reason   why it was not checked or failed; null otherwise
 * @param tables   each of its tables; empty unless compared
 */
public record GroupConsistency(String name, Verdict verdict, Long position, List<Long> gaps, long events,
                               String reason, List<TableConsistency> tables) {

    public enum Verdict { CONSISTENT, DIFFERENT, NOT_CHECKED, FAILED }

    static GroupConsistency compared(String name, Coverage coverage, long events, List<TableConsistency> tables) {
        boolean same = tables.stream().allMatch(TableConsistency::consistent);
        return new GroupConsistency(name, same ? Verdict.CONSISTENT : Verdict.DIFFERENT,
                coverage.index() < 0 ? null : coverage.index(), List.copyOf(coverage.gaps()), events, null, tables);
    }

    static GroupConsistency unchecked(String name, Verdict verdict, String reason) {
        return new GroupConsistency(name, verdict, null, List.of(), 0, reason, List.of());
    }
}
