package io.throughline.kernel.priority;

import java.util.List;

/**
 * A priority's lateral links, oldest first.
 *
 * @param contributesTo the priorities it contributes to besides its parent
 * @param helpedBy      the priorities of other teams that contribute to it
 */
public record Contributions(List<Contribution> contributesTo, List<Contribution> helpedBy) {

    /** @param targetDropped the priority contributed to is dropped: the contributor is flagged */
    public record Contribution(PriorityId priorityId, PriorityId targetPriorityId, boolean targetDropped) {
    }
}
