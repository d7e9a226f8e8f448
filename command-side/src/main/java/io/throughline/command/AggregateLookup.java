package io.throughline.command;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads another aggregate from the event store while a command is handled, for rules that span aggregates
 * (a parent team must exist, a parent priority must be in the same quarter). The read model is never asked:
 * it may lag behind the event store.
 */
public final class AggregateLookup {

    private AggregateLookup() {
    }

    public static <A, R> Optional<R> find(Repository<A> repository, Object id, Function<A, R> reader) {
        try {
            return Optional.ofNullable(repository.load(id.toString()).invoke(reader));
        } catch (AggregateNotFoundException | IncompatibleAggregateException e) {
            // Incompatible: the id is that of another kind of aggregate, so there is no such one of this kind.
            return Optional.empty();
        }
    }
}
