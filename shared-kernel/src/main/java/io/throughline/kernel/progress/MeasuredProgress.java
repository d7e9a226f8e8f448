package io.throughline.kernel.progress;

import io.throughline.kernel.priority.PriorityId;

import java.util.Map;

/**
 * The progress of each priority asked about; one that does not exist is left out.
 *
 * @param byPriority keyed by the priority's id as text, so that the answer travels as plain JSON between nodes
 */
public record MeasuredProgress(Map<String, PriorityProgress> byPriority) {

    public MeasuredProgress {
        byPriority = Map.copyOf(byPriority);
    }

    /** @return the priority's progress, or null when it was not asked about or does not exist */
    public PriorityProgress of(PriorityId priorityId) {
        return byPriority.get(priorityId.value());
    }
}
