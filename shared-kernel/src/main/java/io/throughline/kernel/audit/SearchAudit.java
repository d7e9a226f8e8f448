package io.throughline.kernel.audit;

/**
 * Answered with an {@link AuditPage}: the entries matching the filter, newest first, {@code size} of them after skipping
 * {@code page × size}.
 */
public record SearchAudit(AuditFilter filter, int page, int size) {
}
