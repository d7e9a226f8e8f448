package io.throughline.kernel.audit;

import java.util.List;

/**
 * A page of the audit log, newest first.
 *
 * @param upTo          the newest global sequence the listing includes: pass it back as {@code upTo} with the next
 *                      pages so that they list the same entries while new events arrive ({@code null}: no entries)
 * @param totalElements entries matching the filter up to {@code upTo}; at least this many if {@code totalCapped}
 * @param totalPages    pages of those entries
 * @param hasNext       whether a page follows this one
 * @param totalCapped   whether counting stopped at the search's {@code countLimit}, with more entries beyond it
 */
public record AuditPage(List<AuditLogEntry> entries, int page, int size, long totalElements, int totalPages, Long upTo,
                        boolean hasNext, boolean totalCapped) {

    /** No entries: the filter could not be read. */
    public static AuditPage none(int size, Long upTo) {
        return new AuditPage(List.of(), 0, size, 0, 0, upTo, false, false);
    }
}
