package io.throughline.storage;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.time.Duration;
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
 * While commits come often, a woken stream first lets the next ones arrive ({@link WokenStream#gather}).
 */
final class StreamPerReaderEventStore extends EmbeddedEventStore {

    /** Commits come often when one wakes a stream within this many gathering periods of the one before. */
    private static final int BUSY_PERIODS = 5;

    private final Object committed = new Object();
    /** How many commits there have been: a stream waits for it to move past the count it saw before reading. */
    private long commits;
    /** How long a stream woken while commits come often waits for more before it reads (EventStoreProperties). */
    private final long gatherNanos;

    StreamPerReaderEventStore(Builder builder, Duration gather) {
        super(builder.optimizeEventConsumption(false));
        this.gatherNanos = gather.toNanos();
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

    /** Waits until there was a commit after the count seen, or the nanoseconds have passed; true on a commit. */
    private boolean awaitCommitAfter(long seen, long nanos) throws InterruptedException {
        long deadline = System.nanoTime() + nanos;
        synchronized (committed) {
            long left = nanos;
            while (commits == seen && left > 0) {
                TimeUnit.NANOSECONDS.timedWait(committed, left);
                left = deadline - System.nanoTime();
            }
            return commits != seen;
        }
    }

    /**
     * A stream of its own, read without waiting ({@code hasNextAvailable(0)}: one query when it has nothing buffered),
     * and between reads waiting for a commit here rather than on the shared cache's signal, which nothing gives.
     */
    private final class WokenStream implements TrackingEventStream {

        private final TrackingEventStream own;
        /** When a commit last woke this stream (System.nanoTime()). */
        private long woken = System.nanoTime() - BUSY_PERIODS * gatherNanos;

        private WokenStream(TrackingEventStream own) {
            this.own = own;
        }

        /**
         * Lets the commits of the next moments join the one that woke this stream, within the caller's deadline, when
         * commits come often: under load a processor's batch then holds many commands' events rather than one each,
         * and pays its read of the log, its transaction and its token update once for all. A commit after a quiet
         * spell is read at once, so that a lone change reaches the pages without the wait.
         */
        private void gather(long deadline) throws InterruptedException {
            long now = System.nanoTime();
            boolean busy = now - woken < BUSY_PERIODS * gatherNanos;
            woken = now;
            long nanos = Math.min(gatherNanos, deadline - now);
            if (busy && nanos > 0) {
                TimeUnit.NANOSECONDS.sleep(nanos);
            }
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(timeout);
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
                if (awaitCommitAfter(seen, left)) {
                    gather(deadline);
                }
            }
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return own.peek();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            // The stream's own nextAvailable would wait for the shared cache's signal, which never comes.
            while (!hasNextAvailable(Integer.MAX_VALUE, TimeUnit.MILLISECONDS)) {
                // Nothing in 24 days: wait again.
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
