package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Reopens a dropped or completed priority with the status it had before it was closed. */
public record ReinstatePriority(@TargetAggregateIdentifier PriorityId priorityId,
                                String reason,
                                @TargetAggregateVersion Long expectedVersion) {
}
