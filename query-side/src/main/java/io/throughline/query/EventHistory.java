package io.throughline.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads one aggregate's events straight from the event log, for answers about the past that no read model keeps. */
@Component
public class EventHistory {

    private final EventStore log;

    EventHistory(EventStore log) {
        this.log = log;
    }

    /**
     * The aggregate's events in order, from its first (never a snapshot) up to and including the last one stored at
     * or before the instant: its whole state at that moment.
     */
    public List<DomainEventMessage<?>> until(String aggregateId, Instant instant) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = log.readEvents(aggregateId, 0);
        while (stream.hasNext() && !stream.peek().getTimestamp().isAfter(instant)) {
            events.add(stream.next());
        }
        return events;
    }
}
