package io.throughline.storage;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Axon's embedded event store without its shared cache: each processor reads the log through a stream of its own,
 * which holds at most one fetched batch of events, and is woken as soon as events are committed.
 * <p>
 * The shared cache is a linked list of the events a producer thread reads ahead of the processors, as fast as the
 * database gives them; a processor that tails it keeps every event from its own position to the producer's reachable
 * until a clean-up every 10 s moves it to a stream of its own (AxonFramework#2954). When 1.2 million events arrived
 * behind the processors' backs (bench/run.sh), 738,000 of them were held at once, and a 1 GB heap did nothing but
 * collect garbage. Without the cache (Axon's {@code optimizeEventConsumption(false)}) memory no longer grows with the
 * log; but Axon then wakes only the cache's producer when events are committed, so a stream of its own would see new
 * events only when its processor next polls, up to a second later. Here every commit of this instance
 * ({@link #afterCommit}) and every notification of another's ({@link EventAppendListener}, which publishes nothing to
 * get here) wakes every waiting stream, which then reads the log at once; a stream nobody woke still reads it once
 * per wait, so that events appended while the notifications' connection was down are seen within the processor's wait.
 * <p>
 * A busy processor lets its batch gather first: when its last batch began less than {@code gather} ago, it waits
 * until the first new event is {@code gather} old, and the events committed meanwhile join that batch. Taken one
 * commit at a time, a batch under load was one or two events, and each cost a transaction, a token update and a query
 * of the log in each of the six processors. After a quiet spell a commit is taken at once, so a leader's single change
 * reaches the pages as soon as before.
 */
final class StreamPerReaderEventStore extends EmbeddedEventStore {

    private final Duration gather;
    private final Object committed = new Object();
    /** How many commits there have been: a stream waits for it to move past the count it saw before reading. */
    private long commits;

    StreamPerReaderEventStore(Builder builder, Duration gather) {
        super(builder.optimizeEventConsumption(false));
        this.gather = gather;
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
        synchronized (committed) {
            commits++;
            committed.notifyAll();
        }
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new WokenStream(super.openStream(trackingToken));
    }

    private long commits() {
        synchronized (committed) {
            return commits;
        }
    }

    /** Waits until there was a commit after the count seen, or the nanoseconds have passed. */
    private void awaitCommitAfter(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (committed) {
            long left = nanos;
            while (commits == seen && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(committed, left);
                left = deadline - System.nanoTime();
            }
        }
    }

    /**
     * A stream of its own, read without waiting ({@code hasNextAvailable(0)}: one query when it has nothing buffered),
     * and between reads waiting for a commit here rather than on the shared cache's signal, which nothing gives.
     */
    private final class WokenStream implements TrackingEventStream {

        private final TrackingEventStream own;
        /** When this stream last offered the first event of a batch (System.nanoTime), or never. */
        private long lastBatch = System.nanoTime() - TimeUnit.DAYS.toNanos(1);

        private WokenStream(TrackingEventStream own) {
            this.own = own;
        }

        /**
         * The processor's wait for the first event of a batch (a timeout of 0 is a check, which never waits). Once one
         * is there, a busy processor's batch gathers until that event is old enough.
         */
        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            if (!available(unit.toNanos(timeout))) {
                return false;
            }
            if (timeout > 0) {
                if (System.nanoTime() - lastBatch < gather.toNanos()) {
                    gather();
                }
                lastBatch = System.nanoTime();
            }
            return true;
        }

        private void gather() throws InterruptedException {
            Optional<TrackedEventMessage<?>> first = own.peek();
            if (first.isPresent()) {
                // Bounded by gather itself: another node's clock may run ahead of this one's.
                long wait = Math.min(gather.toMillis(),
                        Duration.between(Instant.now(), first.get().getTimestamp().plus(gather)).toMillis());
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
        }

        private boolean available(long nanos) throws InterruptedException {
            long deadline = System.nanoTime() + nanos;
            while (true) {
                // The count before the read: a commit during the read makes the wait below return at once.
                long seen = commits();
                if (own.hasNextAvailable(0, TimeUnit.NANOSECONDS)) {
                    return true;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                awaitCommitAfter(seen, left);
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return own.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            // The stream's own nextAvailable would wait for the shared cache's signal, which never comes.
            while (!available(TimeUnit.DAYS.toNanos(1))) {
                // Nothing in a day: wait again.
            }
            return own.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            own.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            own.close();
        }
    }
}
