package io.throughline.command;

import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.Optional;
import java.util.function.Function;

/**
 * Reads, through its repository, the aggregate a command is about before its handler runs, for the policy that guards
 * it (who owns this metric?). The read model is never asked: it may lag behind the event store. Loading takes the
 * aggregate's lock until the unit of work ends, so this is only for the aggregate the command changes anyway (the
 * unit of work then loads it once); what a command needs to know about other aggregates comes from the command side's
 * directories ({@link CommandDirectories}), which lock nothing.
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
