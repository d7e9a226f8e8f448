package io.throughline.kernel.priority;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

/**
 * Sets how much a priority counts in its measured progress roll-up; fields left {@code null} keep their value.
 *
 * @param weight           its weight among the priorities (and measures) its parent's progress is the mean of
 * @param milestonesWeight the weight of its milestones, done ÷ total, among its own measures
 */
public record WeighPriority(@TargetAggregateIdentifier PriorityId priorityId,
                            BigDecimal weight,
                            BigDecimal milestonesWeight,
                            @TargetAggregateVersion Long expectedVersion) {
}
