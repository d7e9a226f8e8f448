package io.throughline.kernel.priority;

import io.throughline.kernel.Change;

/**
 * Its quarter was closed short of the success criterion. Unlike a drop it leaves the priorities serving it in place,
 * not orphaned, and it stays in the alignment measures.
 *
 * @param reflection what the team learned; required
 */
public record PriorityMissed(PriorityId priorityId, Change<PriorityStatus> status, String reflection) {
}
