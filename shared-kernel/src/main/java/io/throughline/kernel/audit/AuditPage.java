package io.throughline.kernel.audit;

import java.util.List;

/**
 * A page of the audit log, newest first.
 *
 * @param upTo          the newest global sequence the listing includes: pass it back as {@code upTo} with the next
 *                      pages so that they list the same entries while new events arrive ({@code null}: no entries)
 * @param totalElements entries matching the filter up to {@code upTo}
 */
public record AuditPage(List<AuditLogEntry> entries, int page, int size, long totalElements, int totalPages, Long upTo) {
}
