package io.throughline.kernel.priority;

import io.throughline.kernel.Quarter;

/**
 * A priority opened by carrying another over: follows its {@link PriorityAssigned} at once. The predecessor's quarter
 * and title are kept so its history reads "Carried over from 2026-Q3: Win logos" without looking it up.
 */
public record PriorityContinued(PriorityId priorityId, PriorityId carriedFromId, Quarter carriedFromQuarter,
                                String carriedFromTitle) {
}
