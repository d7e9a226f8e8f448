package io.throughline.command.priority;

import io.throughline.command.quarter.InMemoryQuarters;
import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.priority.PriorityId;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

import java.util.List;
import java.util.function.Function;

/**
 * The real Axon machinery for {@link Priority}, without Spring: a {@link SimpleCommandBus} delivering to the aggregate's
 * annotated handlers through an {@link EventSourcingRepository} that stores into, and rebuilds from, the given
 * storage engine. Two instances over one engine share the events and nothing else; without a cache, every command
 * and every read rebuilds the priority from its stored events.
 */
final class AxonPriorities {

    /** What a command came to: the version it answered, or why it was refused. */
    record Outcome(Long version, CommandRejection rejection) {

        boolean accepted() {
            return rejection == null;
        }
    }

    private final EventStore eventStore;
    private final EventSourcingRepository<Priority> repository;
    private final SimpleCommandBus commandBus = SimpleCommandBus.builder().build();

    AxonPriorities(EventStorageEngine storage) {
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Priority.class),
                new SimpleResourceParameterResolverFactory(List.of(Cascade.teams(), Cascade.priorities(), Cascade.EARLY_IN_Q4,
                        new InMemoryQuarters(), Cascade.annualGoals())));
        eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
        repository = EventSourcingRepository.builder(Priority.class)
                .eventStore(eventStore)
                .parameterResolverFactory(resolvers)
                .build();
        AggregateAnnotationCommandHandler.<Priority>builder()
                .aggregateType(Priority.class)
                .repository(repository)
                .parameterResolverFactory(resolvers)
                .build()
                .subscribe(commandBus);
    }

    /** Sends the command; a refusal is an outcome, any other failure fails the test. */
    Outcome send(Object command) {
        FutureCallback<Object, Object> callback = new FutureCallback<>();
        commandBus.dispatch(GenericCommandMessage.asCommandMessage(command), callback);
        CommandResultMessage<?> result = callback.getResult();
        if (!result.isExceptional()) {
            return new Outcome((Long) result.getPayload(), null);
        }
        if (result.exceptionResult() instanceof CommandRejectedException refusal) {
            return new Outcome(null, refusal.rejection());
        }
        throw new AssertionError(command + " failed with something other than a refusal", result.exceptionResult());
    }

    List<? extends DomainEventMessage<?>> events(PriorityId id) {
        return eventStore.readEvents(id.value()).asStream().toList();
    }

    /** The version of the priority loaded from the store. */
    long version(PriorityId id) {
        return read(id, Aggregate::version);
    }

    /** Loads the priority as a command handler would, and reads it without changing anything. */
    private <R> R read(PriorityId id, Function<Aggregate<Priority>, R> reader) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            return reader.apply(repository.load(id.value()));
        } finally {
            unitOfWork.rollback();
        }
    }
}
