package io.throughline.kernel.priority;

import java.util.Map;

/**
 * How many milestones each priority has, and how many of them are done; a priority without milestones is left out.
 *
 * @param byPriority keyed by the priority's id as text, so that the answer travels as plain JSON between nodes
 */
public record MilestoneTallies(Map<String, Tally> byPriority) {

    public MilestoneTallies {
        byPriority = Map.copyOf(byPriority);
    }

    /** The priority's tally: none done of none when it has no milestones. */
    public Tally of(PriorityId priorityId) {
        return byPriority.getOrDefault(priorityId.value(), Tally.NONE);
    }

    public record Tally(int done, int total) {

        static final Tally NONE = new Tally(0, 0);
    }
}
