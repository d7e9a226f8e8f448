package io.throughline.operations;

import io.throughline.query.replay.ProjectionAdministration;
import io.throughline.query.replay.ProjectionStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The streaming processors' readings behind the metrics and the health indicator, from the one source the admin page
 * and API use ({@link ProjectionAdministration}). Read at most once a second: a scrape evaluates every gauge of every
 * processor, and the health check runs beside it. A reading costs the log's head, the dead-letter counts and, only
 * for a processor that is behind, one read of the log at its position.
 */
@Component
class ProcessorReadings {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    /** Absent on an instance without the query role: it runs no projections. */
    private final ObjectProvider<ProjectionAdministration> projections;
    private final Clock clock;
    private List<ProcessorReading> readings = List.of();
    private Instant readAt = Instant.MIN;

    ProcessorReadings(ObjectProvider<ProjectionAdministration> projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    synchronized List<ProcessorReading> current() {
        Instant now = clock.instant();
        if (readAt.plus(FRESH_FOR).isBefore(now)) {
            readings = read(now);
            readAt = now;
        }
        return readings;
    }

    /** The processors there are readings of, without reading them. */
    Set<String> processors() {
        ProjectionAdministration administration = projections.getIfAvailable();
        return administration == null ? Set.of() : administration.names();
    }

    Optional<ProcessorReading> of(String processor) {
        return current().stream().filter(reading -> reading.name().equals(processor)).findFirst();
    }

    private List<ProcessorReading> read(Instant now) {
        ProjectionAdministration administration = projections.getIfAvailable();
        if (administration == null) {
            return List.of();
        }
        return administration.list().stream()
                .map(status -> new ProcessorReading(status, lagSeconds(administration, status, now)))
                .toList();
    }

    private static double lagSeconds(ProjectionAdministration administration, ProjectionStatus status, Instant now) {
        if (ProcessorReading.lagEvents(status) == 0) {
            return 0;
        }
        return administration.oldestUnhandled(status.name())
                .map(oldest -> Math.max(0, Duration.between(oldest, now).toMillis() / 1000.0))
                .orElse(Double.NaN);
    }
}
