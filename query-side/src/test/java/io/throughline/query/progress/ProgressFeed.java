package io.throughline.query.progress;

import io.throughline.query.support.InMemoryRepository;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

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
    final KpiProgressVersionEntryRepository kpiVersions = InMemoryRepository.of(
            KpiProgressVersionEntryRepository.class, KpiProgressVersionEntry.class);
    final PriorityProgressVersionEntryRepository priorityVersions = InMemoryRepository.of(
            PriorityProgressVersionEntryRepository.class, PriorityProgressVersionEntry.class);
    final PriorityProgressProjection projection = new PriorityProgressProjection(kpis, priorities, milestones,
            kpiVersions, priorityVersions);
    private Instant last = Instant.parse("2026-10-01T09:00:00Z");

    /** Handles the event a minute after the last one. */
    void on(Object event) {
        at(last.plus(Duration.ofMinutes(1)), event);
    }

    /** Handles the event as stamped at the instant. */
    void at(Instant instant, Object event) {
        last = instant;
        Method handler = Arrays.stream(PriorityProgressProjection.class.getDeclaredMethods())
                .filter(method -> method.getName().equals("on")
                        && method.getParameterTypes()[0].isInstance(event))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no handler of " + event));
        try {
            handler.setAccessible(true);
            handler.invoke(projection, handler.getParameterCount() == 2 ? new Object[]{event, instant}
                    : new Object[]{event});
        } catch (InvocationTargetException failure) {
            throw new IllegalStateException(failure.getCause());
        } catch (IllegalAccessException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
