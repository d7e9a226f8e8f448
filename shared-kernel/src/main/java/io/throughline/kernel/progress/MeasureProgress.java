package io.throughline.kernel.progress;

import io.throughline.kernel.priority.PriorityId;

import java.util.Set;

/** Answered with a {@link MeasuredProgress}: the progress of every priority asked about, read at once. */
public record MeasureProgress(Set<PriorityId> priorityIds) {
}
