package io.throughline.kernel.priority;

/** The lateral links of a priority, both ways; answered with {@link Contributions}. */
public record ListContributions(PriorityId priorityId) {
}
