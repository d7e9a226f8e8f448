package io.throughline.kernel.audit;

/**
 * Answered with an {@link AuditPage}: the entries matching the filter, newest first (oldest first if asked), {@code size}
 * of them after skipping {@code page × size}.
 */
public record SearchAudit(AuditFilter filter, int page, int size, boolean oldestFirst) {

    public SearchAudit(AuditFilter filter, int page, int size) {
        this(filter, page, size, false);
    }
}
