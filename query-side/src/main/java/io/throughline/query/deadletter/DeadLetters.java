package io.throughline.query.deadletter;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * The projections' dead-letter queues (Axon's, in {@code dead_letter_entry}): what is parked, and retrying it after a
 * fix. A retry runs beside the live processor, as Axon intends: a sequence stays in the queue until its retry has
 * committed, so meanwhile the processor parks that aggregate's new events behind it rather than handling them first.
 */
@Component
public class DeadLetters {

    /** Enough for a page; {@link #count} says how many there are in all. */
    private static final int LISTED = 100;

    private final EventProcessingConfiguration processing;
    private final TransactionManager transactions;

    DeadLetters(EventProcessingConfiguration processing, TransactionManager transactions) {
        this.processing = processing;
        this.transactions = transactions;
    }

    /** Whether the projection parks failed events at all (the hash chain does not). */
    public boolean kept(String projection) {
        return queue(projection).isPresent();
    }

    public long count(String projection) {
        return queue(projection).map(SequencedDeadLetterQueue::size).orElse(0L);
    }

    /** The first {@value #LISTED}, sequence by sequence, the one touched longest ago first. */
    public List<DeadLetterView> list(String projection) {
        return queue(projection).map(queue -> transactions.fetchInTransaction(() -> {
            SequencingPolicy<? super EventMessage<?>> sequencing = processing.sequencingPolicy(projection);
            return StreamSupport.stream(queue.deadLetters().spliterator(), false)
                    .flatMap(sequence -> StreamSupport.stream(sequence.spliterator(), false))
                    .limit(LISTED)
                    .map(letter -> view(projection, sequencing, letter))
                    .toList();
        })).orElse(List.of());
    }

    /**
     * Tries every sequence once, each from its first letter on, in order, until one fails again. Axon takes the sequence
     * touched longest ago next, and a failed one is touched, so each is tried once however the others fare.
     */
    public DeadLetterRetry retry(String projection) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection).orElseThrow();
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow();
        long sequences = queue.amountOfSequences();
        long cleared = 0;
        for (long tried = 0; tried < sequences; tried++) {
            if (letters.processAny()) {
                cleared++;
            }
        }
        return new DeadLetterRetry(sequences, cleared, queue.size());
    }

    /** A replay handles every event again, the parked ones included. */
    public void clear(String projection) {
        queue(projection).ifPresent(SequencedDeadLetterQueue::clear);
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String projection) {
        return processing.deadLetterQueue(projection);
    }

    private static DeadLetterView view(String projection, SequencingPolicy<? super EventMessage<?>> sequencing,
                                       DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> recorded = event instanceof DomainEventMessage<?> domain ? domain : null;
        Object sequence = sequencing.getSequenceIdentifierFor(event);
        return new DeadLetterView(projection, sequence == null ? null : sequence.toString(),
                event.getPayloadType().getSimpleName(),
                recorded == null ? null : recorded.getAggregateIdentifier(),
                recorded == null ? null : recorded.getSequenceNumber(),
                letter.cause().map(DeadLetters::describe).orElse(null),
                letter.enqueuedAt(), letter.lastTouched(), RetryCount.of(letter));
    }

    private static String describe(Cause cause) {
        String type = cause.type().substring(cause.type().lastIndexOf('.') + 1);
        return cause.message() == null || cause.message().isBlank() ? type : type + ": " + cause.message();
    }
}
