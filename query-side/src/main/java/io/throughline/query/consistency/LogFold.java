package io.throughline.query.consistency;

import io.throughline.query.BatchBuffer;
import jakarta.persistence.EntityManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Folds the events a processor's token covers, in the order of the log, through new instances of that processor's
 * event handlers, as the processor itself handles them: the same handlers in the same order, a batch of events in one
 * unit of work, Axon's parameter resolvers (tokens, metadata, the batch's resources). New instances, so that state the
 * live ones keep between events (such as {@code LogPosition}'s last event) is neither used nor disturbed.
 * <p>
 * Each batch's unit of work is rolled back, never committed: work registered for after a commit, such as the updates
 * {@code TeamWatch} sends to the pages watching a team, must not happen for a check. What the handlers buffered for
 * the commit ({@link BatchBuffer}) is written before, into the check's copies of the tables.
 */
@Component
class LogFold {

    /** Events per unit of work and per flush of the persistence context, as a processor's batches when it catches up. */
    private static final int BATCH = 500;

    private final AutowireCapableBeanFactory beans;
    private final Configuration axon;
    private final EntityManager entityManager;
    private final ObjectProvider<EventStorageEngine> log;

    LogFold(AutowireCapableBeanFactory beans, Configuration axon, EntityManager entityManager,
            ObjectProvider<EventStorageEngine> log) {
        this.beans = beans;
        this.axon = axon;
        this.entityManager = entityManager;
        this.log = log;
    }

    /** The classes of the processor's event handlers, in the order it calls them (never Spring's proxy classes). */
    static List<Class<?>> handlerTypesOf(EventProcessor processor) {
        if (!(processor instanceof AbstractEventProcessor axonProcessor)) {
            throw new Coverage.NotCheckable("its handlers cannot be seen in a " + processor.getClass().getSimpleName());
        }
        return handlerTypesOf(axonProcessor.eventHandlerInvoker());
    }

    private static List<Class<?>> handlerTypesOf(EventHandlerInvoker invoker) {
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            return multi.delegates().stream().flatMap(delegate -> handlerTypesOf(delegate).stream()).toList();
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            return simple.eventHandlers().stream().<Class<?>>map(handler -> ClassUtils.getUserClass(handler.getTargetType()))
                    .toList();
        }
        throw new Coverage.NotCheckable("its handlers cannot be seen in a " + invoker.getClass().getSimpleName());
    }

    /** Answers how many events it folded; throws {@link Failed} when a handler fails. */
    long fold(Coverage coverage, List<Class<?>> handlerTypes) {
        List<EventMessageHandler> handlers = handlerTypes.stream().map(this::freshHandler).toList();
        List<TrackedEventMessage<?>> batch = new ArrayList<>(BATCH);
        long folded = 0;
        try (Stream<? extends TrackedEventMessage<?>> events = engine().readEvents(null, false)) {
            for (Iterator<? extends TrackedEventMessage<?>> stored = events.iterator(); stored.hasNext(); ) {
                TrackedEventMessage<?> event = stored.next();
                long position = positionOf(event);
                if (position > coverage.index()) {
                    break;
                }
                if (coverage.covers(position)) {
                    batch.add(event);
                }
                if (batch.size() == BATCH) {
                    folded += handle(batch, handlers);
                }
            }
        }
        return folded + handle(batch, handlers);
    }

    /** The log in this PostgreSQL, read in the caller's transaction; not there when events live in Axon Server. */
    private EventStorageEngine engine() {
        EventStorageEngine engine = log.getIfAvailable();
        if (engine == null) {
            throw new Coverage.NotCheckable("the event log is not in this database (Axon Server)");
        }
        return engine;
    }

    private EventMessageHandler freshHandler(Class<?> type) {
        return new AnnotationEventHandlerAdapter(beans.createBean(type), axon.parameterResolverFactory(),
                axon.handlerDefinition(type));
    }

    private int handle(List<TrackedEventMessage<?>> batch, List<EventMessageHandler> handlers) {
        if (batch.isEmpty()) {
            return 0;
        }
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.start();
        try {
            for (TrackedEventMessage<?> event : batch) {
                for (EventMessageHandler handler : handlers) {
                    if (handler.canHandle(event)) {
                        handleOne(handler, event);
                    }
                }
            }
            BatchBuffer.writeNow(unitOfWork);
            entityManager.flush();
        } catch (RuntimeException e) {
            throw e instanceof Failed ? e : new Failed("writing the rows of the events up to position "
                    + positionOf(batch.get(batch.size() - 1)) + " failed: " + e.getMessage(), e);
        } finally {
            unitOfWork.rollback();
        }
        entityManager.clear();
        int handled = batch.size();
        batch.clear();
        return handled;
    }

    private static void handleOne(EventMessageHandler handler, TrackedEventMessage<?> event) {
        try {
            handler.handle(event);
        } catch (Exception e) {
            String projection = ClassUtils.getUserClass(handler.getTargetType()).getSimpleName();
            throw new Failed(projection + " failed on the event at position " + positionOf(event) + " ("
                    + event.getPayloadType().getSimpleName() + "): " + e.getMessage(), e);
        }
    }

    private static long positionOf(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElseThrow();
    }

    /** A handler failed on an event: the fold cannot say what the read model should hold. */
    static final class Failed extends RuntimeException {

        Failed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
