package io.throughline.bench;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What Axon's streaming alone costs a rebuild, before any projection does its work: tracking processors built as the
 * service's are (the same event store, batches of 500, one thread each), whose only handler deserialises each event's
 * payload and metadata and keeps nothing. First as many of them as the service has projections, all at once over the
 * whole log, as a rebuild runs them; then one alone. Their tokens are in memory, so they leave nothing behind.
 * <p>
 * The rebuild can go no faster than the first figure: it is the ceiling of a design in which every projection's
 * processor reads the log on its own. The second is the ceiling of one read of the log shared by every projection.
 */
final class ReplayCeiling {

    private static final int BATCH_SIZE = 500;

    private ReplayCeiling() {
    }

    /** Events/s of {@code processors} no-op processors at once over the dataset, timed until the last reaches its end. */
    static Map<String, Object> measure(BenchService service, Dataset dataset, int processors, double limitSeconds)
            throws InterruptedException {
        EventStore eventStore = service.context.getBean(EventStore.class);
        TransactionManager transactions = service.context.getBean(TransactionManager.class);
        List<TrackingEventProcessor> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < processors; i++) {
            TrackingEventProcessor processor = TrackingEventProcessor.builder()
                    .name("bench-ceiling-" + i)
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                            .eventHandlers(List.of((EventMessageHandler) ReplayCeiling::deserialise)).build())
                    .messageSource(eventStore)
                    .tokenStore(new InMemoryTokenStore())
                    .transactionManager(transactions)
                    .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                            .forSingleThreadedProcessing()
                            .andBatchSize(BATCH_SIZE)
                            .andInitialTrackingToken(StreamableMessageSource::createTailToken))
                    .build();
            processor.start();
            running.add(processor);
        }
        double elapsed;
        boolean complete;
        try {
            do {
                Thread.sleep(20);
                elapsed = (System.nanoTime() - start) / 1e9;
                complete = running.stream().allMatch(processor -> position(processor) >= dataset.lastSequence);
            } while (!complete && elapsed < limitSeconds);
        } finally {
            running.forEach(TrackingEventProcessor::shutDown);
        }
        long slowest = running.stream().mapToLong(ReplayCeiling::position).min().orElse(0);
        long read = complete ? dataset.events : Math.max(0, slowest - dataset.firstSequence + 1);
        Map<String, Object> ceiling = new LinkedHashMap<>();
        ceiling.put("processors", processors);
        ceiling.put("complete", complete);
        ceiling.put("seconds", elapsed);
        ceiling.put("events_per_second", read / elapsed);
        return ceiling;
    }

    private static Object deserialise(EventMessage<?> event) {
        if (event.getPayload() == null || event.getMetaData() == null) {
            throw new IllegalStateException("no payload in " + event.getIdentifier());
        }
        return null;
    }

    private static long position(TrackingEventProcessor processor) {
        return processor.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(-1)).min().orElse(-1);
    }

    /** "1 processor: 41,000 events/s (29 s), 0.18 of the raw read". */
    static String describe(Map<String, Object> ceiling, double rawRate) {
        double rate = (Double) ceiling.get("events_per_second");
        return String.format(Locale.ROOT, "%d processor%s: %,.0f events/s (%s%.0f s), %.2f of the raw read",
                (Integer) ceiling.get("processors"), (Integer) ceiling.get("processors") == 1 ? "" : "s at once", rate,
                (Boolean) ceiling.get("complete") ? "" : "cut off after ", (Double) ceiling.get("seconds"), rate / rawRate);
    }
}
