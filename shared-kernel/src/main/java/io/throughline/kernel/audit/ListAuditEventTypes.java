package io.throughline.kernel.audit;

/** Answered with the names of the event types the audit log holds (such as {@code PriorityDropped}), alphabetically. */
public record ListAuditEventTypes() {
}
