package io.throughline.kernel.audit;

import io.throughline.kernel.team.TeamId;

import java.time.Instant;

/**
 * Which entries of the audit log to read; every part is optional ({@code null}: any).
 *
 * @param from  entries stored at or after this instant
 * @param to    entries stored before this instant
 * @param upTo  entries at or before this global sequence: pins a listing so that pages do not shift as events arrive
 */
public record AuditFilter(TeamId teamId, String actor, String type, Instant from, Instant to, Long upTo) {

    /** The same filter, pinned at another global sequence. */
    public AuditFilter withUpTo(Long newUpTo) {
        return new AuditFilter(teamId, actor, type, from, to, newUpTo);
    }
}
