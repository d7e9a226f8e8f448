package io.throughline.kernel.audit;

/**
 * Answered with an {@link AuditPage}: the entries matching the filter, newest first (oldest first if asked), {@code size}
 * of them after skipping {@code page × size}.
 *
 * @param countLimit how many matching entries to count at most ({@code 0}: all of them); counting a whole log of
 *                   millions of entries takes longer than reading a page of it, and a person paging through it needs
 *                   to know only that there are many
 */
public record SearchAudit(AuditFilter filter, int page, int size, boolean oldestFirst, int countLimit) {

    public SearchAudit(AuditFilter filter, int page, int size) {
        this(filter, page, size, false, 0);
    }
}
