package io.throughline.query.progress;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.progress.GetPriorityProgress;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.progress.MeasureKind;
import io.throughline.kernel.progress.PriorityProgress;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.priority.KnownPriorities;
import io.throughline.query.priority.PriorityEntryRepository;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Progress as read for pages on a fixed day: 6 December 2026, 67 of Q4's 92 days gone (72.8 % expected). */
class ProgressReadingsTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final Clock DEC_6 = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private static final PriorityId GROW = new PriorityId("grow");
    private static final PriorityId WIN = new PriorityId("win");
    private static final MetricId ARR = new MetricId("arr");

    private final ProgressFeed projection = new ProgressFeed();
    private final PriorityEntryRepository priorities = KnownPriorities.of(assigned(GROW, null), assigned(WIN, GROW));
    private final ProgressReadings readings = new ProgressReadings(rowsOf(projection, priorities), priorities, DEC_6);

    ProgressReadingsTest() {
        projection.on(assigned(GROW, null));
        projection.on(assigned(WIN, GROW));
        projection.on(new MetricDefined(ARR, new TeamId("sales"), "ARR", "k€", new BigDecimal("100"),
                Direction.HIGHER_IS_BETTER, Cadence.WEEKLY, new PersonId("dana"), null, null, MetricKind.LAGGING, WIN,
                BigDecimal.ZERO, new BigDecimal("2")));
        projection.on(new MetricRecorded(ARR, new Period("2026-W45"), new BigDecimal("40"), null));
    }

    @Test
    void progressStandsBesideTheProgressExpectedByToday() {
        PriorityProgress win = reading(WIN);

        assertThat(win.progress()).isEqualByComparingTo("40.0");
        assertThat(win.expectedProgress()).isEqualByComparingTo("72.8");
        assertThat(win.weight()).isEqualByComparingTo("1");
        assertThat(win.measures()).containsExactly(
                new Measure(MeasureKind.METRIC, "arr", "ARR", new BigDecimal("40.0"), new BigDecimal("2")));
    }

    @Test
    void aParentListsTheChildrenBehindItsProgressByTitle() {
        assertThat(reading(GROW).measures()).extracting(Measure::kind, Measure::name, Measure::contribution)
                .containsExactly(tuple(MeasureKind.PRIORITY, "Title of win", new BigDecimal("40.0")));
    }

    @Test
    void onTrackWhileMoreThanTwentyFivePointsBehindIsOptimistic() {
        assertThat(reading(WIN).optimistic()).as("not started yet").isFalse();

        KnownPriorities.apply(priorities, WIN, new PriorityStatusUpdated(WIN,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.ON_TRACK), null, 8));
        assertThat(reading(WIN).optimistic()).as("40 is 32.8 behind 72.8").isTrue();

        KnownPriorities.apply(priorities, WIN, new PriorityStatusUpdated(WIN,
                new Change<>(PriorityStatus.ON_TRACK, PriorityStatus.AT_RISK), null, 4));
        assertThat(reading(WIN).optimistic()).as("its owner says so").isFalse();
    }

    @Test
    void aPriorityWithoutMeasuresIsNeverOptimistic() {
        KnownPriorities.apply(priorities, GROW, new PriorityStatusUpdated(GROW,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.ON_TRACK), null, 8));
        projection.on(new io.throughline.kernel.metric.MetricRetired(ARR, "gone"));

        PriorityProgress grow = reading(GROW);
        assertThat(grow.progress()).isNull();
        assertThat(grow.optimistic()).isFalse();
    }

    private PriorityProgress reading(PriorityId priority) {
        return readings.handle(new GetPriorityProgress(priority)).orElseThrow();
    }

    /** The rows the projection keeps in memory, read as {@link JdbcProgressRows} reads its tables. */
    private static ProgressRows rowsOf(ProgressFeed projection, PriorityEntryRepository priorities) {
        return new ProgressRows() {
            @Override
            public Map<String, PriorityProgressEntry.Reading> readingsOf(List<String> priorityIds) {
                return projection.priorities.findAll().stream().filter(row -> priorityIds.contains(row.priorityId()))
                        .collect(Collectors.toMap(PriorityProgressEntry::priorityId, PriorityProgressEntry::reading));
            }

            @Override
            public Map<String, List<Measure>> kpisOf(List<String> priorityIds) {
                return projection.kpis.findAll().stream()
                        .filter(kpi -> priorityIds.contains(kpi.priorityId()) && kpi.counts())
                        .collect(Collectors.groupingBy(KpiProgressEntry::priorityId,
                                Collectors.mapping(KpiProgressEntry::toMeasure, Collectors.toList())));
            }

            @Override
            public Map<String, List<Measure>> alignedTo(List<String> priorityIds) {
                return projection.priorities.findAll().stream()
                        .filter(row -> priorityIds.contains(row.parentPriorityId()) && row.counts())
                        .collect(Collectors.groupingBy(PriorityProgressEntry::parentPriorityId, Collectors.mapping(
                                row -> Measures.priority(row.priorityId(), priorities.findById(row.priorityId())
                                        .map(entry -> entry.toView().title()).orElse(null), row.progress(), row.weight()),
                                Collectors.toList())));
            }
        };
    }

    private static PriorityAssigned assigned(PriorityId priority, PriorityId parent) {
        return new PriorityAssigned(priority, new TeamId("sales"), Q4, "Title of " + priority, new PersonId("dana"),
                null, null, parent, null);
    }
}
