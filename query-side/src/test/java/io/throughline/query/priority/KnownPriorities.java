package io.throughline.query.priority;

import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.query.support.InMemoryRepository;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

import java.time.Instant;

/** For projections that read priorities beside their own rows: the priority view with the given priorities. */
public final class KnownPriorities {

    private KnownPriorities() {
    }

    public static PriorityEntryRepository of(PriorityAssigned... assigned) {
        PriorityEntryRepository known = InMemoryRepository.of(PriorityEntryRepository.class, PriorityEntry.class);
        PriorityProjection projection = projectionOver(known);
        for (int i = 0; i < assigned.length; i++) {
            PriorityAssigned event = assigned[i];
            Instant at = Instant.EPOCH.plusSeconds(i);
            inBatch(() -> projection.on(event, 0, at));
        }
        return known;
    }

    /** Assigns one more priority, after those known already. */
    public static void assign(PriorityEntryRepository known, PriorityAssigned assigned) {
        Instant at = Instant.EPOCH.plusSeconds(known.count());
        inBatch(() -> projectionOver(known).on(assigned, 0, at));
    }

    private static PriorityProjection projectionOver(PriorityEntryRepository known) {
        return new PriorityProjection(known, new InMemoryPriorityVersions(
                InMemoryRepository.of(PriorityVersionEntryRepository.class, PriorityVersionEntry.class)));
    }

    /** Handles an event as the processor does, in a batch of one that commits, writing what it buffered. */
    static void inBatch(Runnable handling) {
        DefaultUnitOfWork.startAndGet(null).execute(handling);
    }

    /** Applies a later event of one of the known priorities, as the priority projection would. */
    public static void apply(PriorityEntryRepository known, io.throughline.kernel.priority.PriorityId priority,
                             Object event) {
        known.findById(priority.value()).ifPresent(entry -> entry.apply(event, Instant.EPOCH));
    }
}
