package io.throughline.query.replay;

import io.throughline.query.ProcessingGroups;
import io.throughline.query.deadletter.DeadLetterRetry;
import io.throughline.query.deadletter.DeadLetterView;
import io.throughline.query.deadletter.DeadLetters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The read side's event processors: where each stands, and rebuilding one from the event log. A replay resets the
 * processor's tokens to the start of the log; its projections' {@code @ResetHandler}s clear their tables first, and it
 * then refills them at full speed, reporting progress as it goes. Also the events each has parked in its dead-letter
 * queue, and retrying them.
 */
@Component
public class ProjectionAdministration {

    /**
     * Axon's own default, twice the claim interval, is 1 s with the short interval that makes failover fast
     * (application.yml): it can run out before the worker even gives the segment up (at its next batch, up to a second
     * later when idle), and this instance took the segment straight back (TwoNodesTest). Counted from the call.
     */
    private static final Duration RELEASED_FOR = Duration.ofSeconds(10);
    /**
     * Rebuilding the hash chain from the log would bless whatever was altered in it since; replaying the notices would
     * decide again what was decided (the outbox's keys would still keep them from being sent twice).
     */
    private static final Set<String> NEVER_REPLAYED = Set.of(ProcessingGroups.INTEGRITY, ProcessingGroups.NOTICES);

    private final EventProcessingConfiguration processing;
    private final EventStore log;
    private final DeadLetters deadLetters;
    private final ProcessingRates rates = new ProcessingRates();

    ProjectionAdministration(EventProcessingConfiguration processing, EventStore log, DeadLetters deadLetters) {
        this.processing = processing;
        this.log = log;
        this.deadLetters = deadLetters;
    }

    public List<ProjectionStatus> list() {
        Long head = positionOf(log.createHeadToken());
        return processors().entrySet().stream()
                .map(entry -> statusOf(entry.getKey(), entry.getValue(), head))
                .sorted(Comparator.comparing(ProjectionStatus::name))
                .toList();
    }

    /** The streaming processors' names; reads nothing, so it answers while the event store is out of reach. */
    public Set<String> names() {
        return Set.copyOf(processors().keySet());
    }

    /**
     * When the oldest event the processor has not handled yet was appended: the event right after its slowest
     * segment's position. Empty when it has handled the whole log, or runs on another instance. One read of the log
     * from that position (at most a batch of events), never a scan.
     */
    public Optional<Instant> oldestUnhandled(String name) {
        Collection<EventTrackerStatus> segments = existing(name).processingStatus().values();
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        TrackingToken slowest = segments.stream()
                .min(Comparator.comparingLong(segment -> segment.getCurrentPosition().orElse(-1)))
                .map(EventTrackerStatus::getTrackingToken).orElse(null);
        try (BlockingStream<TrackedEventMessage<?>> stream = log.openStream(WrappedToken.unwrapLowerBound(slowest))) {
            // Axon Server streams asynchronously: the next event may take a moment to arrive.
            return stream.hasNextAvailable(500, TimeUnit.MILLISECONDS)
                    ? stream.peek().map(EventMessage::getTimestamp) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    public ProjectionStatus replay(String name) {
        StreamingEventProcessor processor = existing(name);
        if (NEVER_REPLAYED.contains(name) || !processor.supportsReset()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "'" + name + "' is never replayed: "
                    + "rebuilding the hash chain from the log would bless whatever was altered in it since");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
            deadLetters.clear(name);
        } catch (UnableToClaimTokenException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "'" + name + "' is being processed by another node; stop it there, or replay it there", e);
        } finally {
            rates.restart(name);
            processor.start();
        }
        return statusOf(name, processor, positionOf(log.createHeadToken()));
    }

    /**
     * Lets another instance take the projection over: this one gives up the segments it holds and leaves them alone
     * for {@link #RELEASED_FOR}, long enough for a waiting instance to claim them. If none does, this one claims them
     * again. Several instances on one PostgreSQL do not move claims by themselves.
     */
    public ProjectionStatus release(String name) {
        StreamingEventProcessor processor = existing(name);
        Set<Integer> segments = processor.processingStatus().keySet();
        if (segments.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "'" + name + "' is not processed on this instance; release it on the instance that holds it");
        }
        segments.forEach(segment -> processor.releaseSegment(segment, RELEASED_FOR.toMillis(), TimeUnit.MILLISECONDS));
        return statusOf(name, processor, positionOf(log.createHeadToken()));
    }

    public List<DeadLetterView> deadLetters(String name) {
        existing(name);
        return deadLetters.list(name);
    }

    public DeadLetterRetry retryDeadLetters(String name) {
        existing(name);
        if (!deadLetters.kept(name)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "'" + name + "' parks no events: it stops at an "
                    + "event it cannot handle (status ERROR, with the cause) and retries it by itself");
        }
        return deadLetters.retry(name);
    }

    private StreamingEventProcessor existing(String name) {
        StreamingEventProcessor processor = processors().get(name);
        if (processor == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "no projection named '" + name + "'; there are " + processors().keySet());
        }
        return processor;
    }

    @Scheduled(fixedRate = 1_000)
    void samplePositions() {
        long now = System.nanoTime();
        processors().forEach((name, processor) ->
                positionOf(processor.processingStatus().values()).ifPresent(position -> rates.sample(name, position, now)));
    }

    private ProjectionStatus statusOf(String name, StreamingEventProcessor processor, Long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        OptionalLong position = positionOf(segments);
        double percentDone = head == null || head == 0 ? 100
                : Math.min(100, 100.0 * position.orElse(0) / head);
        return new ProjectionStatus(name, stateOf(processor, segments),
                position.isPresent() ? position.getAsLong() : null, head,
                rates.eventsPerSecond(name), percentDone, !NEVER_REPLAYED.contains(name) && processor.supportsReset(),
                errorOf(segments), deadLetters.count(name));
    }

    private static String errorOf(Collection<EventTrackerStatus> segments) {
        return segments.stream().map(EventTrackerStatus::getError).filter(Objects::nonNull).findFirst()
                .map(error -> error.getClass().getSimpleName() + ": " + error.getMessage()).orElse(null);
    }

    private static String stateOf(StreamingEventProcessor processor, Collection<EventTrackerStatus> segments) {
        if (!processor.isRunning()) {
            return "STOPPED";
        }
        if (processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return "ERROR";
        }
        if (segments.stream().anyMatch(ProjectionAdministration::replaying)) {
            return "REPLAYING";
        }
        return !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp) ? "LIVE" : "CATCHING_UP";
    }

    /**
     * Axon keeps a segment in replay until it sees an event newer than the head at the reset; for the reader the
     * replay is over once the segment has reached that head.
     */
    private static boolean replaying(EventTrackerStatus segment) {
        return segment.isReplaying() && segment.getCurrentPosition().orElse(-1) < segment.getResetPosition().orElse(Long.MAX_VALUE);
    }

    /** The slowest segment's position: everything up to it is in the projection. */
    private static OptionalLong positionOf(Collection<EventTrackerStatus> segments) {
        return segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
    }

    private static Long positionOf(TrackingToken token) {
        return token == null ? null : token.position().stream().boxed().findFirst().orElse(null);
    }

    private Map<String, StreamingEventProcessor> processors() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        entry -> (StreamingEventProcessor) entry.getValue()));
    }
}
