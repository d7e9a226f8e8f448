package io.throughline.query.progress;

import io.throughline.query.ProcessingGroups;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * How far the {@code dashboard} processor, which feeds the pages, has handled the log: a page that has just written
 * waits here until its events are in the read models, so that the leader sees the change. Told by the processor itself
 * ({@link #reporter()}, on its batches) once a batch has committed, so the wait ends as soon as the change is readable.
 * <p>
 * The wait is bounded, and ends at once where the processor does not run in this process or has none of its segments
 * here (another process or node has them): this process cannot hear about their progress, and the page then shows
 * what the read models hold. How far it is behind also paces the intake of commands (CommandIntake). It follows one position: the processor has one segment (Axon's default, which
 * application.yml keeps); split into several, one segment's position would say nothing about the others' events.
 */
@Component
public class DashboardProgress {

    private static final String LAST_OF_BATCH = DashboardProgress.class.getName() + ".lastOfBatch";

    private final BooleanSupplier liveHere;
    private final Queue<Waiter> waiters = new ConcurrentLinkedQueue<>();
    private volatile TrackingToken handled;

    @Autowired
    DashboardProgress(ObjectProvider<EventProcessingConfiguration> processing) {
        this(() -> processing.getObject().eventProcessor(ProcessingGroups.DASHBOARD, StreamingEventProcessor.class)
                .filter(StreamingEventProcessor::isRunning)
                .map(processor -> processor.processingStatus().values())
                .map(segments -> !segments.isEmpty() && segments.stream().noneMatch(EventTrackerStatus::isReplaying))
                .orElse(false));
    }

    /** @param liveHere whether the processor runs here, with its segments, following the log (not replaying it) */
    DashboardProgress(BooleanSupplier liveHere) {
        this.liveHere = liveHere;
    }

    /**
     * Completes with true once the processor has handled the range, with false if it has not within the patience. Where
     * it replays the log, a wait would only run out: it ends at once.
     */
    public CompletableFuture<Boolean> handled(LogRange range, Duration patience) {
        if (!liveHere.getAsBoolean()) {
            return CompletableFuture.completedFuture(false);
        }
        Waiter waiter = new Waiter(range, new CompletableFuture<>());
        waiters.add(waiter);
        waiter.done().whenComplete((passed, failure) -> waiters.remove(waiter));
        waiter.wakeIfPassed(handled);
        return waiter.done().completeOnTimeout(false, patience.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * How many positions of the log, up to {@code head}, the processor has still to handle; 0 where this process cannot
     * tell (the processor replays, runs elsewhere, or has not finished a batch since it started here).
     */
    public long behind(TrackingToken head) {
        TrackingToken at = handled;
        if (at == null || head == null || !liveHere.getAsBoolean()) {
            return 0;
        }
        return Math.max(0, head.position().orElse(0) - at.position().orElse(0));
    }

    /**
     * What tells this the processor's progress, for the {@code dashboard} processor alone: it remembers the last token
     * of each batch and passes it on once the batch has committed. (Not a bean of its own: Axon puts every interceptor
     * bean on every processor, and the audit trail's progress says nothing about the pages' read models.) Dead letters
     * retried on their own, outside a batch, carry old tokens and tell nothing about the processor's position.
     */
    public MessageHandlerInterceptor<EventMessage<?>> reporter() {
        return this::report;
    }

    private Object report(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.root() instanceof BatchingUnitOfWork<?> batch
                && unitOfWork.getMessage() instanceof TrackedEventMessage<?> tracked) {
            batch.<AtomicReference<TrackingToken>>getOrComputeResource(LAST_OF_BATCH, key -> {
                AtomicReference<TrackingToken> last = new AtomicReference<>();
                batch.afterCommit(committed -> advancedTo(last.get()));
                return last;
            }).set(tracked.trackingToken());
        }
        return chain.proceed();
    }

    private void advancedTo(TrackingToken token) {
        handled = token;
        waiters.forEach(waiter -> waiter.wakeIfPassed(token));
    }

    private record Waiter(LogRange range, CompletableFuture<Boolean> done) {

        void wakeIfPassed(TrackingToken token) {
            if (token != null && range.handledBy(token)) {
                done.complete(true);
            }
        }
    }
}
