package io.throughline.kernel.audit;

/**
 * Answered with a list of at most {@code limit} {@link AuditLogEntry AuditLogEntries} matching the filter, newest first,
 * without counting them: for reading the whole log in chunks, each next chunk with {@code upTo} below the last entry read.
 */
public record ReadAuditLog(AuditFilter filter, int limit) {
}
