package io.throughline.storage;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A processor's stream of its own sees a commit at once, not when its wait for events runs out (Axon's own stream
 * without the shared cache waits for a signal only the cache's producer gives); while it is busy, it lets a batch
 * gather.
 */
class StreamPerReaderEventStoreTest {

    private StreamPerReaderEventStore store = gathering(Duration.ZERO);

    @AfterEach
    void shutDown() {
        store.shutDown();
    }

    private static StreamPerReaderEventStore gathering(Duration gather) {
        return new StreamPerReaderEventStore(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()),
                gather);
    }

    @Test
    void aStreamWaitingForEventsIsWokenByACommit() throws Exception {
        try (TrackingEventStream stream = store.openStream(null)) {
            long start = System.nanoTime();
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> hasNext(stream, 30));
            Thread.sleep(300);
            store.publish(GenericEventMessage.asEventMessage("appended"));

            assertThat(waiting.get(20, TimeUnit.SECONDS)).isTrue();
            assertThat((System.nanoTime() - start) / 1e9).as("seconds until the stream saw the event").isLessThan(10);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("appended");
        }
    }

    @Test
    void aStreamGivesUpWhenItsWaitRunsOutAndSeesWhatIsCommittedLater() throws Exception {
        try (TrackingEventStream stream = store.openStream(null)) {
            assertThat(stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)).isFalse();
            store.publish(GenericEventMessage.asEventMessage("appended"));
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(stream.peek()).hasValueSatisfying(event -> assertThat(event.getPayload()).isEqualTo("appended"));
        }
    }

    @Test
    void eventsCommittedWhileABusyStreamsBatchGathersAreInIt() throws Exception {
        store = gathering(Duration.ofMillis(400));
        try (TrackingEventStream stream = store.openStream(null)) {
            beginABatch(stream);

            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> hasNext(stream, 30));
            store.publish(GenericEventMessage.asEventMessage("first"));
            Thread.sleep(100);
            assertThat(waiting).as("the batch still gathers").isNotDone();
            store.publish(GenericEventMessage.asEventMessage("second"));

            assertThat(waiting.get(20, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).as("the second without a wait").isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("second");
        }
    }

    @Test
    void aCommitAfterAQuietSpellIsTakenAtOnce() throws Exception {
        store = gathering(Duration.ofSeconds(30));
        try (TrackingEventStream stream = store.openStream(null)) {
            store.publish(GenericEventMessage.asEventMessage("the only change"));
            assertOfferedAtOnce(stream);
        }
    }

    @Test
    void eventsOlderThanTheGatheringAreTakenAtOnceByABusyStream() throws Exception {
        store = gathering(Duration.ofSeconds(30));
        try (TrackingEventStream stream = store.openStream(null)) {
            beginABatch(stream);

            store.publish(new GenericEventMessage<>(GenericEventMessage.asEventMessage("yesterday's"),
                    () -> Instant.now().minus(Duration.ofDays(1))));
            assertOfferedAtOnce(stream);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("yesterday's");
        }
    }

    /** Publishes an event and takes it, as a processor begins a batch: the stream is busy for a while after. */
    private void beginABatch(TrackingEventStream stream) throws InterruptedException {
        store.publish(GenericEventMessage.asEventMessage("earlier"));
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat(stream.nextAvailable().getPayload()).isEqualTo("earlier");
    }

    /** Far sooner than the 30 s the tests that call it gather for. */
    private static void assertOfferedAtOnce(TrackingEventStream stream) throws InterruptedException {
        long start = System.nanoTime();
        assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
        assertThat((System.nanoTime() - start) / 1e9).as("seconds until the stream offered it").isLessThan(5);
    }

    private static boolean hasNext(TrackingEventStream stream, int seconds) {
        try {
            return stream.hasNextAvailable(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new CompletionException(e);
        }
    }
}
