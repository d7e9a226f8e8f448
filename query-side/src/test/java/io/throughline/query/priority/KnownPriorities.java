package io.throughline.query.priority;

import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.query.support.InMemoryRepository;

import java.time.Instant;

/** For projections that read priorities beside their own rows: the priority view with the given priorities. */
public final class KnownPriorities {

    private KnownPriorities() {
    }

    public static PriorityEntryRepository of(PriorityAssigned... assigned) {
        PriorityEntryRepository known = InMemoryRepository.of(PriorityEntryRepository.class, PriorityEntry.class);
        PriorityProjection projection = projectionOver(known);
        for (int i = 0; i < assigned.length; i++) {
            projection.on(assigned[i], 0, Instant.EPOCH.plusSeconds(i));
        }
        return known;
    }

    /** Assigns one more priority, after those known already. */
    public static void assign(PriorityEntryRepository known, PriorityAssigned assigned) {
        projectionOver(known).on(assigned, 0, Instant.EPOCH.plusSeconds(known.count()));
    }

    private static PriorityProjection projectionOver(PriorityEntryRepository known) {
        return new PriorityProjection(known, InMemoryRepository.of(PriorityVersionEntryRepository.class, PriorityVersionEntry.class));
    }

    /** Applies a later event of one of the known priorities, as the priority projection would. */
    public static void apply(PriorityEntryRepository known, io.throughline.kernel.priority.PriorityId priority,
                             Object event) {
        known.findById(priority.value()).ifPresent(entry -> entry.apply(event, Instant.EPOCH));
    }
}
