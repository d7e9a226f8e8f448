package io.throughline.query.priority;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The states of priorities that one batch of events made, and the ends it gave to states written by earlier batches:
 * written when the batch commits, a batched INSERT and a batched UPDATE. A state this batch made and ended is written
 * once, ended. Nothing in the processor reads {@code priority_version}, so nothing needs to be there sooner.
 */
final class NewStates {

    private final Map<PriorityVersionEntry.Key, PriorityVersionEntry> made = new LinkedHashMap<>();
    private final List<Ending> endings = new ArrayList<>();

    /** The priority's new state; the one it replaces, if any, ends at the instant the new one starts. */
    void add(PriorityVersionEntry.Key replaced, PriorityVersionEntry state, Instant at) {
        if (replaced != null) {
            PriorityVersionEntry previous = made.get(replaced);
            if (previous != null) {
                previous.endedAt(at);
            } else {
                endings.add(new Ending(replaced, at));
            }
        }
        made.put(state.getId(), state);
    }

    Collection<PriorityVersionEntry> made() {
        return made.values();
    }

    /** The states of earlier batches this one ended, in the order it ended them. */
    List<Ending> endings() {
        return endings;
    }

    record Ending(PriorityVersionEntry.Key state, Instant at) {
    }
}
