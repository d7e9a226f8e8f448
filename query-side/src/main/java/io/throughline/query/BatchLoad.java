package io.throughline.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows a whole batch of events is about, loaded in one query when its first event needs one: a projection whose
 * rows are keyed by aggregate (a priority's, a KPI's) then finds each in this map, not with a repository call per
 * event (each one a trip through Spring's proxies and Hibernate's lookup) or a query per row and batch. A tracking
 * processor knows the whole batch up front; a dead letter retried alone is a batch of one.
 * <p>
 * The rows are the managed entities of the batch's persistence context, so changes to them are written as before. A
 * row the map lacks (made by this batch, or of an aggregate other than the events') is for the repository to find.
 */
public final class BatchLoad {

    private BatchLoad() {
    }

    /**
     * The batch's rows under {@code key}, by identifier: loaded on first use by {@code load} with the identifiers of
     * the aggregates of the batch's events. Outside a unit of work (a projection called directly) there is no batch,
     * and nothing is loaded ahead.
     */
    public static <T> Map<String, T> rows(String key, Function<Collection<String>, List<T>> load,
                                          Function<T, String> idOf) {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.root().<Map<String, T>>getOrComputeResource(key,
                absent -> {
                    Map<String, T> rows = new HashMap<>();
                    load.apply(aggregatesOf(unitOfWork.root())).forEach(row -> rows.put(idOf.apply(row), row));
                    return rows;
                })).orElse(Map.of());
    }

    private static Set<String> aggregatesOf(UnitOfWork<?> batch) {
        Stream<? extends Message<?>> messages = batch instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages().stream() : Stream.ofNullable(batch.getMessage());
        return messages.filter(DomainEventMessage.class::isInstance)
                .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
                .collect(Collectors.toSet());
    }
}
