package io.throughline.query.consistency;

import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import io.throughline.query.consistency.GroupConsistency.Verdict;
import jakarta.persistence.EntityManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Checks that every read model equals a fresh fold of the event log: for each streaming event processor, its tables against
 * what its handlers make of the events its token covers, folded into temporary copies of those tables.
 * <p>
 * Each processor is checked in one REPEATABLE READ transaction, which is always rolled back. A processor commits its
 * rows and its token together, so in one snapshot they agree, whatever it is doing meanwhile: the check needs no
 * catch-up and stops nothing. Processors are checked one after the other, each on its own snapshot, so that one that
 * cannot be checked or fails does not stop the others.
 */
@Component
public class ConsistencyChecker {

    private final EventProcessingConfiguration processing;
    private final LogFold fold;
    private final TransactionTemplate snapshot;
    private final EntityManager entityManager;
    private final JdbcTemplate sql;
    private final Serializer tokenSerializer;

    /** The serializer is the general one, which the token store writes tokens with (TokenStoreConfiguration). */
    ConsistencyChecker(EventProcessingConfiguration processing, LogFold fold, PlatformTransactionManager transactions,
                       EntityManager entityManager, JdbcTemplate sql, Serializer serializer) {
        this.processing = processing;
        this.fold = fold;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.entityManager = entityManager;
        this.sql = sql;
        this.tokenSerializer = serializer;
    }

    public ConsistencyReport check() {
        Instant checkedAt = Instant.now();
        long start = System.nanoTime();
        // Only the streaming processors, which feed the read models: the subscribing ones (the command side's
        // directories and accounts) write in the transaction of the events they handle, keep no token to check
        // against and cannot lag behind the log.
        List<GroupConsistency> processors = new TreeMap<>(processing.eventProcessors()).entrySet().stream()
                .filter(processor -> processor.getValue() instanceof StreamingEventProcessor)
                // The notices keep no read model: folding the log through them would only decide notices again.
                .filter(processor -> !ProcessingGroups.NOTICES.equals(processor.getKey()))
                .map(processor -> check(processor.getKey(), (StreamingEventProcessor) processor.getValue()))
                .toList();
        return new ConsistencyReport(processors.stream().allMatch(group -> group.verdict() == Verdict.CONSISTENT),
                checkedAt, (System.nanoTime() - start) / 1_000_000, processors);
    }

    private GroupConsistency check(String name, StreamingEventProcessor processor) {
        try {
            return snapshot.execute(transaction -> {
                transaction.setRollbackOnly();
                return checkInSnapshot(name, processor);
            });
        } catch (Coverage.NotCheckable reason) {
            return GroupConsistency.unchecked(name, Verdict.NOT_CHECKED, reason.getMessage());
        } catch (LogFold.Failed failure) {
            return GroupConsistency.unchecked(name, Verdict.FAILED, failure.getMessage());
        }
    }

    private GroupConsistency checkInSnapshot(String name, StreamingEventProcessor processor) {
        Coverage coverage = Coverage.of(tokensOf(name)); // the first read: the snapshot is taken here
        List<Class<?>> handlers = LogFold.handlerTypesOf(processor);
        List<String> tables = tablesOf(handlers);
        ShadowTables shadows = new ShadowTables(sql);
        shadows.shadow(tables);
        long events = fold.fold(coverage, handlers);
        return GroupConsistency.compared(name, coverage, events, tables.stream().map(shadows::compare).toList());
    }

    /** Read, not fetched through the token store, which would claim them from the processor. */
    private List<TrackingToken> tokensOf(String processorName) {
        return entityManager.createQuery(
                        "select t from TokenEntry t where t.processorName = :name order by t.segment", TokenEntry.class)
                .setParameter("name", processorName)
                .getResultStream()
                .map(entry -> entry.getToken(tokenSerializer))
                .toList();
    }

    /** The tables the processor's projections write; its other handlers write none. */
    private static List<String> tablesOf(List<Class<?>> handlers) {
        return handlers.stream().map(type -> type.getAnnotation(ReadModelTables.class)).filter(Objects::nonNull)
                .flatMap(tables -> Arrays.stream(tables.value())).distinct().toList();
    }
}
