package io.throughline.storage;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A processor's stream of its own sees a commit at once, not when its wait for events runs out (Axon's own stream
 * without the shared cache waits for a signal only the cache's producer gives).
 */
class StreamPerReaderEventStoreTest {

    private final StreamPerReaderEventStore store =
            new StreamPerReaderEventStore(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()),
                    Duration.ofMillis(20));

    @AfterEach
    void shutDown() {
        store.shutDown();
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
    void whileCommitsComeOftenAWokenStreamLetsTheNextOnesJoinItsRead() throws Exception {
        StreamPerReaderEventStore gathering = new StreamPerReaderEventStore(
                EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()), Duration.ofSeconds(1));
        try (TrackingEventStream stream = gathering.openStream(null)) {
            long quiet = millisFromCommitToRead(gathering, stream, "after a quiet spell");
            assertThat(quiet).as("ms from a commit after a quiet spell to its read").isLessThan(1000);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("after a quiet spell");

            long busy = millisFromCommitToRead(gathering, stream, "soon after", "joining");
            assertThat(busy).as("ms from a commit soon after the last to its read").isGreaterThanOrEqualTo(1000);
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("soon after");
            assertThat(stream.hasNextAvailable(0, TimeUnit.MILLISECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).as("committed while the stream gathered").isEqualTo("joining");
        } finally {
            gathering.shutDown();
        }
    }

    /** Commits the payloads, 100 ms apart, while the stream waits; ms from the first commit until the stream saw it. */
    private static long millisFromCommitToRead(EmbeddedEventStore store, TrackingEventStream stream, String... payloads)
            throws Exception {
        CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> {
            hasNext(stream, 30);
            return System.nanoTime();
        });
        Thread.sleep(200);
        long committed = System.nanoTime();
        for (String payload : payloads) {
            store.publish(GenericEventMessage.asEventMessage(payload));
            Thread.sleep(100);
        }
        return (read.get(20, TimeUnit.SECONDS) - committed) / 1_000_000;
    }

    private static boolean hasNext(TrackingEventStream stream, int seconds) {
        try {
            return stream.hasNextAvailable(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new CompletionException(e);
        }
    }
}
