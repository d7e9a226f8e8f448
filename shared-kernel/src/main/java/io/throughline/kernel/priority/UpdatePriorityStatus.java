package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * The owner's report on an open priority: {@code ON_TRACK}, {@code AT_RISK} or {@code OFF_TRACK}.
 *
 * @param confidence how sure the owner is of delivering, 0 to 10; optional
 */
public record UpdatePriorityStatus(@TargetAggregateIdentifier PriorityId priorityId,
                                   PriorityStatus status,
                                   String comment,
                                   Integer confidence,
                                   @TargetAggregateVersion Long expectedVersion) {
}
