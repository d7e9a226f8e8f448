package io.throughline.query.progress;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardProgressTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final DashboardProgress progress = new DashboardProgress(() -> true);

    @Test
    void aWaitEndsWhenTheProcessorCommitsABatchThatPassesTheWrite() {
        CompletableFuture<Boolean> waiting = progress.handled(new LogRange(4, 6), PATIENCE);
        committedBatch(5);
        assertThat(waiting).isNotDone();

        committedBatch(6, 7);
        assertThat(waiting).isCompletedWithValue(true);
    }

    @Test
    void aWaitEndsAtOnceWhenTheProcessorIsPastTheWriteAlready() {
        committedBatch(8);
        assertThat(progress.handled(new LogRange(4, 6), PATIENCE)).isCompletedWithValue(true);
    }

    @Test
    void aWaitEndsWithoutTheChangeWhenThePatienceRunsOut() {
        CompletableFuture<Boolean> waiting = progress.handled(new LogRange(4, 6), Duration.ofMillis(50));
        committedBatch(5);
        assertThat(waiting.join()).as("false: the processor did not pass the write in time").isFalse();
    }

    @Test
    void aBatchRolledBackTellsNothing() {
        CompletableFuture<Boolean> waiting = progress.handled(new LogRange(4, 6), PATIENCE);
        List<TrackedEventMessage<?>> events = events(6);
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.executeWithResult(() -> {
            progress.reporter().handle(batch, () -> null);
            throw new IllegalStateException("a projection failed: the batch rolls back");
        });
        assertThat(waiting).isNotDone();
    }

    @Test
    void whereTheProcessorDoesNotRunThereIsNothingToWaitFor() {
        assertThat(new DashboardProgress(() -> false).handled(new LogRange(4, 6), PATIENCE)).isCompletedWithValue(false);
    }

    @Test
    void behindCountsThePositionsUpToTheHeadThatTheProcessorHasStillToHandleWhileItFollowsTheLogHere() {
        AtomicBoolean live = new AtomicBoolean(true);
        DashboardProgress paced = new DashboardProgress(live::get);
        assertThat(paced.behind(at(9))).as("no batch handled since it started here: cannot tell").isZero();

        committedBatch(paced, 5, 6);
        assertThat(paced.behind(at(9))).isEqualTo(3);
        assertThat(paced.behind(at(6))).isZero();

        live.set(false);
        assertThat(paced.behind(at(9))).as("replaying, or moved to another node").isZero();
    }

    private void committedBatch(long... positions) {
        committedBatch(progress, positions);
    }

    private static void committedBatch(DashboardProgress progress, long... positions) {
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(events(positions));
        batch.executeWithResult(() -> progress.reporter().handle(batch, () -> null));
    }

    private static GapAwareTrackingToken at(long position) {
        return GapAwareTrackingToken.newInstance(position, Set.of());
    }

    private static List<TrackedEventMessage<?>> events(long... positions) {
        return Arrays.stream(positions).<TrackedEventMessage<?>>mapToObj(position -> new GenericTrackedEventMessage<>(
                at(position), GenericEventMessage.asEventMessage("event at " + position))).toList();
    }
}
