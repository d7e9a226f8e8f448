package io.throughline.query.progress;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.progress.Expectation;
import io.throughline.kernel.progress.GetPriorityProgress;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.progress.MeasureProgress;
import io.throughline.kernel.progress.MeasuredProgress;
import io.throughline.kernel.progress.PriorityProgress;
import io.throughline.kernel.progress.Weights;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Measured progress as a priority's page and a team's dashboard show it: read from the progress read model for all
 * the priorities shown at once (three queries however many they are), expected progress from today's date.
 */
@Component
public class ProgressReadings {

    private final ProgressRows rows;
    private final PriorityEntryRepository priorities;
    private final Clock clock;

    ProgressReadings(ProgressRows rows, PriorityEntryRepository priorities, Clock clock) {
        this.rows = rows;
        this.priorities = priorities;
        this.clock = clock;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<PriorityProgress> handle(GetPriorityProgress query) {
        return priorities.findById(query.priorityId().value()).map(PriorityEntry::toView)
                .map(priority -> of(List.of(priority)).get(0));
    }

    @QueryHandler
    @Transactional(readOnly = true)
    MeasuredProgress handle(MeasureProgress query) {
        List<PriorityView> shown = priorities.findAllById(query.priorityIds().stream().map(PriorityId::value).toList())
                .stream().map(PriorityEntry::toView).toList();
        return new MeasuredProgress(of(shown).stream().collect(Collectors.toMap(
                reading -> reading.priorityId().value(), Function.identity())));
    }

    /** The progress of each priority, in the order given. */
    public List<PriorityProgress> of(List<PriorityView> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        List<String> ids = shown.stream().map(priority -> priority.id().value()).toList();
        Map<String, PriorityProgressEntry.Reading> readings = rows.readingsOf(ids);
        Map<String, List<Measure>> linked = rows.kpisOf(ids);
        Map<String, List<Measure>> children = rows.alignedTo(ids);
        LocalDate today = LocalDate.now(clock);
        return shown.stream().map(priority -> {
            String id = priority.id().value();
            PriorityProgressEntry.Reading row = readings.get(id);
            List<Measure> measures = row == null ? List.of() : row.measures(linked.getOrDefault(id, List.of()),
                    children.getOrDefault(id, List.of()));
            return reading(priority.id(), priority.status(), priority.quarter(), row == null ? null : row.progress(),
                    row == null ? Weights.DEFAULT : row.weight(), measures, today);
        }).toList();
    }

    /** A priority's progress beside what is expected of it by the day given: today, or a past dashboard's day. */
    public static PriorityProgress reading(PriorityId id, PriorityStatus status,
                                           Quarter quarter, BigDecimal measured,
                                           BigDecimal weight, List<Measure> measures, LocalDate today) {
        BigDecimal expected = Expectation.expectedProgress(quarter, today);
        return new PriorityProgress(id, measured, expected, weight, Expectation.optimistic(status, measured, expected),
                measures);
    }
}
