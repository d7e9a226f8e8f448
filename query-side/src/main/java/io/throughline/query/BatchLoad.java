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
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rows a batch of events is about, kept for the whole batch: a projection whose rows are keyed by aggregate (a
 * priority's, a KPI's) finds each once per batch, not with a repository call per event (each a trip through Spring's
 * proxies and Hibernate's lookup). When the batch is about several aggregates their rows are loaded with one query
 * when the first is asked for; a batch about one (a replay reads each KPI's values in a row) finds it by its key.
 * A tracking processor knows the whole batch up front; a dead letter retried alone is a batch of one.
 * <p>
 * The rows are the managed entities of the batch's persistence context, so changes to them are written as before.
 * A row not loaded ahead (made by this batch, or of an aggregate other than the events') is looked up by its key and
 * kept once found.
 */
public final class BatchLoad {

    private BatchLoad() {
    }

    /**
     * The row of {@code id}, from the batch's rows under {@code key}: the first call loads those of all the batch's
     * aggregates with {@code loadAll}, when there are several; {@code loadOne} finds the others. Outside a unit of work
     * (a projection called directly) there is no batch: {@code loadOne} alone.
     */
    public static <T> Optional<T> find(String key, String id, Function<Collection<String>, List<T>> loadAll,
                                       Function<T, String> idOf, Function<String, Optional<T>> loadOne) {
        Optional<Map<String, T>> batch = CurrentUnitOfWork.map(unitOfWork -> unitOfWork.root()
                .<Map<String, T>>getOrComputeResource(key, absent -> loadedAhead(unitOfWork.root(), loadAll, idOf)));
        if (batch.isEmpty()) {
            return loadOne.apply(id);
        }
        T kept = batch.get().get(id);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<T> found = loadOne.apply(id);
        found.ifPresent(row -> batch.get().put(id, row));
        return found;
    }

    private static <T> Map<String, T> loadedAhead(UnitOfWork<?> batch, Function<Collection<String>, List<T>> loadAll,
                                                  Function<T, String> idOf) {
        Map<String, T> rows = new HashMap<>();
        Set<String> aggregates = aggregatesOf(batch);
        if (aggregates.size() > 1) {
            loadAll.apply(aggregates).forEach(row -> rows.put(idOf.apply(row), row));
        }
        return rows;
    }

    private static Set<String> aggregatesOf(UnitOfWork<?> batch) {
        Stream<? extends Message<?>> messages = batch instanceof BatchingUnitOfWork<?> batching
                ? batching.getMessages().stream() : Stream.ofNullable(batch.getMessage());
        return messages.filter(DomainEventMessage.class::isInstance)
                .map(message -> ((DomainEventMessage<?>) message).getAggregateIdentifier())
                .collect(Collectors.toSet());
    }
}
