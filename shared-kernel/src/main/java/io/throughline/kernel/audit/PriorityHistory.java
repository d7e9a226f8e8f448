package io.throughline.kernel.audit;

import io.throughline.kernel.priority.PriorityId;

import java.util.List;

/** Every event of one priority, oldest first. */
public record PriorityHistory(PriorityId priorityId, List<AuditEntry> entries) {
}
