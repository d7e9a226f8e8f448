package io.throughline.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the rows a whole batch of events is about in one query, when its first event needs one: a projection whose
 * rows are keyed by aggregate (a priority's, a KPI's) then finds each in the persistence context, not with a query per
 * row and batch. A tracking processor knows the whole batch up front; a dead letter retried alone is a batch of one.
 */
public final class BatchLoad {

    private BatchLoad() {
    }

    /**
     * Runs {@code load} once per batch under {@code key}, with the identifiers of the aggregates of the batch's events.
     * Outside a unit of work (a projection called directly) there is no batch, and nothing to load ahead.
     */
    public static void once(String key, Consumer<Collection<String>> load) {
        CurrentUnitOfWork.ifStarted(unitOfWork -> unitOfWork.root().getOrComputeResource(key, absent -> {
            load.accept(aggregatesOf(unitOfWork.root()));
            return Boolean.TRUE;
        }));
    }

    private static Set<String> aggregatesOf(UnitOfWork<?> batch) {
        Stream<? extends Message<?>> messages = batch instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages().stream() : Stream.ofNullable(batch.getMessage());
        return messages.filter(DomainEventMessage.class::isInstance)
                .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
                .collect(Collectors.toSet());
    }
}
