package io.throughline.query.progress;

import io.throughline.query.support.InMemoryRepository;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link PriorityProgressProjection} over in-memory read models, fed events as its processor would: each handled by
 * the handler of its type, stamped with its own instant, a minute after the one before unless given.
 */
final class ProgressFeed {

    final KpiProgressEntryRepository kpis = InMemoryRepository.of(KpiProgressEntryRepository.class,
            KpiProgressEntry.class);
    final PriorityProgressEntryRepository priorities = InMemoryRepository.of(PriorityProgressEntryRepository.class,
            PriorityProgressEntry.class);
    final MilestoneProgressEntryRepository milestones = InMemoryRepository.of(MilestoneProgressEntryRepository.class,
            MilestoneProgressEntry.class);
    /** The versions written, as the batches that made them committed. */
    final List<KpiProgressVersionEntry> kpiVersions = new ArrayList<>();
    final List<PriorityProgressVersionEntry> priorityVersions = new ArrayList<>();
    final PriorityProgressProjection projection = new PriorityProgressProjection(kpis, priorities, milestones,
            new ProgressVersionRows() {
                @Override
                public void write(NewVersions versions) {
                    kpiVersions.addAll(versions.kpis());
                    priorityVersions.addAll(versions.priorities());
                }

                @Override
                public void deleteAll() {
                    kpiVersions.clear();
                    priorityVersions.clear();
                }
            });
    private Instant last = Instant.parse("2026-10-01T09:00:00Z");

    /** Handles the event a minute after the last one. */
    void on(Object event) {
        at(last.plus(Duration.ofMinutes(1)), event);
    }

    /** Handles the event as stamped at the instant, in a unit of work of its own, as a batch of one. */
    void at(Instant instant, Object event) {
        last = instant;
        Method handler = Arrays.stream(PriorityProgressProjection.class.getDeclaredMethods())
                .filter(method -> method.getName().equals("on")
                        && method.getParameterTypes()[0].isInstance(event))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no handler of " + event));
        handler.setAccessible(true);
        ResultMessage<?> result = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage(event))
                .executeWithResult(() -> handler.invoke(projection, handler.getParameterCount() == 2
                        ? new Object[]{event, instant} : new Object[]{event}));
        if (result.isExceptional()) {
            Throwable failure = result.exceptionResult();
            throw new IllegalStateException(failure instanceof InvocationTargetException invocation
                    ? invocation.getCause() : failure);
        }
    }
}
