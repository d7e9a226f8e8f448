package io.throughline.query.metric;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Colour;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.FindMetric;
import io.throughline.kernel.metric.GetScorecard;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricDetail;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricReassigned;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricRetired;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.MetricSummary.SeriesPoint;
import io.throughline.kernel.metric.MetricTargetChanged;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordedValue;
import io.throughline.kernel.metric.TargetVersion;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.support.InMemoryRepository;
import io.throughline.query.team.KnownTeams;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MetricProjectionTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final MetricId LATE = new MetricId("late");
    private static final MetricId NPS = new MetricId("nps");
    private static final PersonId DANA = new PersonId("dana");
    private static final PersonId BOB = new PersonId("bob");
    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    private final MetricEntryRepository metrics = InMemoryRepository.of(MetricEntryRepository.class, MetricEntry.class);
    // The scorecard reads its values through a JPA specification; every value stands in for its answer here.
    private final MetricValueEntryRepository values = InMemoryRepository.answering(
            InMemoryRepository.of(MetricValueEntryRepository.class, MetricValueEntry.class), "findAll",
            (rows, arguments) -> rows);
    private final MetricTargetEntryRepository targets =
            InMemoryRepository.of(MetricTargetEntryRepository.class, MetricTargetEntry.class);
    private final MetricDefinitionVersionRepository definitions =
            InMemoryRepository.of(MetricDefinitionVersionRepository.class, MetricDefinitionVersion.class);
    private final MetricValueCorrectionRepository corrections =
            InMemoryRepository.of(MetricValueCorrectionRepository.class, MetricValueCorrection.class);
    private final MetricProjection projection = new MetricProjection(metrics, values, values::saveAll,
            new MetricHistories(targets, definitions, corrections), KnownTeams.of(SALES),
            new Scorecards(metrics, values, targets, Clock.fixed(AT, ZoneOffset.UTC)));

    /** Handles an event as the processor does, in a batch of one that commits, writing what it buffered. */
    private static void inBatch(Runnable handling) {
        DefaultUnitOfWork.startAndGet(null).execute(handling);
    }

    @Test
    void recordedValuesAreListedByPeriodWithWhoRecordedThem() {
        define(LATE, "Orders shipped late");
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("6"), "strike"),
                AT, "dana"));
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-09"), new BigDecimal("4"), null),
                AT, "bob"));

        MetricDetail detail = projection.handle(new FindMetric(LATE)).orElseThrow();
        assertThat(detail.values()).extracting(RecordedValue::period, RecordedValue::recordedBy)
                .containsExactly(tuple(new Period("2026-09"), "bob"),
                        tuple(new Period("2026-10"), "dana"));
        assertThat(detail.metric().latestValue()).isEqualByComparingTo("6");
    }

    @Test
    void aPageAsksForTheNewestValuesOnlyAndStillGetsThemOldestFirstWithTheLatestSummarised() {
        define(LATE, "Orders shipped late");
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-08"), new BigDecimal("3"), null),
                AT, "dana"));
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("6"), null),
                AT, "dana"));
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-09"), new BigDecimal("4"), null),
                AT, "dana"));

        MetricDetail detail = projection.handle(new FindMetric(LATE, 2)).orElseThrow();

        assertThat(detail.values()).extracting(RecordedValue::period)
                .containsExactly(new Period("2026-09"), new Period("2026-10"));
        assertThat(detail.metric().changeSincePrevious()).isEqualByComparingTo("2");
    }

    @Test
    void aCorrectedValueKeepsThePreviousValueAndTheReason() {
        define(LATE, "Orders shipped late");
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("6"), null),
                AT, "dana"));

        inBatch(() -> projection.on(new MetricValueCorrected(LATE, new Period("2026-10"),
                new Change<>(new BigDecimal("6"), new BigDecimal("5")), "double counted"), AT, 2, "bob"));

        RecordedValue corrected = projection.handle(new FindMetric(LATE)).orElseThrow().values().get(0);
        assertThat(corrected.value()).isEqualByComparingTo("5");
        assertThat(corrected.originalValue()).isEqualByComparingTo("6");
        assertThat(corrected.correctionReason()).isEqualTo("double counted");
        assertThat(corrected.correctedBy()).isEqualTo("bob");
    }

    @Test
    void aValueCorrectedInTheBatchThatRecordedItIsWrittenCorrected() {
        define(LATE, "Orders shipped late");
        inBatch(() -> {
            projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("6"), null), AT, "dana");
            assertThat(values.count()).as("nothing written before the batch commits").isZero();
            projection.on(new MetricValueCorrected(LATE, new Period("2026-10"),
                    new Change<>(new BigDecimal("6"), new BigDecimal("5")), "double counted"), AT, 2, "bob");
        });

        RecordedValue corrected = projection.handle(new FindMetric(LATE)).orElseThrow().values().get(0);
        assertThat(corrected.value()).isEqualByComparingTo("5");
        assertThat(corrected.originalValue()).isEqualByComparingTo("6");
        assertThat(corrected.correctedBy()).isEqualTo("bob");
        assertThat(projection.handle(new FindMetric(LATE)).orElseThrow().metric().latestValue())
                .isEqualByComparingTo("5");
    }

    @Test
    void aReassignedKpiShowsItsNewOwner() {
        define(LATE, "Orders shipped late");
        projection.on(new MetricReassigned(LATE, new Change<>(DANA, BOB), "Bob runs shipping"), AT, 1);

        assertThat(projection.handle(new FindMetric(LATE)).orElseThrow().metric().ownerId()).isEqualTo(BOB);
    }

    @Test
    void theScorecardListsTheTeamsKpisByNameAndLeavesRetiredOnesOut() {
        define(LATE, "Orders shipped late");
        define(NPS, "Net promoter score");
        define(new MetricId("old"), "Calls made");
        projection.on(new MetricRetired(new MetricId("old"), "nobody calls any more"), AT, 1);

        assertThat(projection.handle(new GetScorecard(SALES)).orElseThrow().metrics()).extracting(MetricSummary::name)
                .containsExactly("Net promoter score", "Orders shipped late");
    }

    @Test
    void eachPeriodIsJudgedByTheTargetInForceAtItsEndAndKeepsItsColourWhenTheTargetChangesLater() {
        Instant october = Instant.parse("2026-10-01T09:00:00Z");
        Instant raisedTheBar = Instant.parse("2026-11-10T09:00:00Z");
        define(LATE, "Orders shipped late", october);
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("2"), null),
                october, "dana"));
        projection.on(new MetricTargetChanged(LATE, new Change<>(new BigDecimal("2"), new BigDecimal("1.5")),
                new Change<>(new BigDecimal("2"), new BigDecimal("1.5")),
                new Change<>(new BigDecimal("2.2"), new BigDecimal("1.65")), "the carrier promised better"),
                raisedTheBar, 2, "bob");
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-11"), new BigDecimal("2"), null),
                AT, "dana"));

        MetricDetail detail = projection.handle(new FindMetric(LATE)).orElseThrow();

        assertThat(detail.values()).extracting(RecordedValue::period, RecordedValue::target, RecordedValue::redAt,
                        RecordedValue::colour)
                .containsExactly(tuple(new Period("2026-10"), new BigDecimal("2"), new BigDecimal("2.2"), Colour.GREEN),
                        tuple(new Period("2026-11"), new BigDecimal("1.5"), new BigDecimal("1.65"), Colour.RED));
        assertThat(detail.targets()).extracting(TargetVersion::effectiveFrom, TargetVersion::target,
                        TargetVersion::changedBy, TargetVersion::reason)
                .containsExactly(tuple(october, new BigDecimal("2"), "dana", null),
                        tuple(raisedTheBar, new BigDecimal("1.5"), "bob", "the carrier promised better"));
        assertThat(detail.metric().target()).isEqualByComparingTo("1.5");
        assertThat(detail.metric().colour()).isEqualTo(Colour.RED);
        assertThat(detail.metric().recentSeries()).filteredOn(point -> point.value() != null)
                .extracting(SeriesPoint::period, SeriesPoint::target, SeriesPoint::colour)
                .containsExactly(tuple(new Period("2026-10"), new BigDecimal("2"), Colour.GREEN),
                        tuple(new Period("2026-11"), new BigDecimal("1.5"), Colour.RED));
    }

    @Test
    void aTargetChangeOfTheThresholdsAloneKeepsTheTarget() {
        define(LATE, "Orders shipped late", AT);
        projection.on(new MetricTargetChanged(LATE, null, null, new Change<>(new BigDecimal("2.2"),
                new BigDecimal("3")), "more room before red"), AT.plusSeconds(60), 1, "bob");

        assertThat(projection.handle(new FindMetric(LATE)).orElseThrow().targets())
                .extracting(TargetVersion::target, TargetVersion::greenAt, TargetVersion::redAt)
                .containsExactly(tuple(new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("2.2")),
                        tuple(new BigDecimal("2"), new BigDecimal("2"), new BigDecimal("3")));
    }

    @Test
    void eachChangeOfWhatTheKpiIsIsKeptAsAVersionFromItsInstant() {
        define(LATE, "Orders shipped late", AT);
        projection.on(new MetricDefinitionChanged(LATE, new Change<>("Orders shipped late", "Late orders"), null,
                null, null), AT.plusSeconds(60), 1);
        projection.on(new MetricReassigned(LATE, new Change<>(DANA, BOB), "Bob runs shipping"), AT.plusSeconds(120), 2);
        projection.on(new MetricRetired(LATE, "measured by finance"), AT.plusSeconds(180), 3);

        MetricEntry late = metrics.findById(LATE.value()).orElseThrow();
        assertThat(definitions.findAll()).map(version -> version.applyTo(late, null, null))
                .extracting(MetricEntry::name, MetricEntry::ownerId, MetricEntry::retired)
                .containsExactly(tuple("Orders shipped late", "dana", false), tuple("Late orders", "dana", false),
                        tuple("Late orders", "bob", false), tuple("Late orders", "bob", true));
    }

    @Test
    void aCorrectionIsKeptWithTheValueItReplacedAndItsTime() {
        define(LATE, "Orders shipped late", AT);
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("6"), null),
                AT, "dana"));
        inBatch(() -> projection.on(new MetricValueCorrected(LATE, new Period("2026-10"),
                new Change<>(new BigDecimal("6"), new BigDecimal("5")), "double counted"),
                AT.plusSeconds(60), 2, "bob"));
        inBatch(() -> projection.on(new MetricValueCorrected(LATE, new Period("2026-10"),
                new Change<>(new BigDecimal("5"), new BigDecimal("4")), "and again"), AT.plusSeconds(120), 3, "dana"));

        assertThat(corrections.findAll()).extracting(MetricValueCorrection::valueBefore,
                        MetricValueCorrection::valueAfter, MetricValueCorrection::correctedAt)
                .containsExactly(tuple(new BigDecimal("6"), new BigDecimal("5"), AT.plusSeconds(60)),
                        tuple(new BigDecimal("5"), new BigDecimal("4"), AT.plusSeconds(120)));
    }

    @Test
    void aReplayStartsTheHistoriesAfresh() {
        define(LATE, "Orders shipped late", AT);
        inBatch(() -> projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("6"), null),
                AT, "dana"));
        inBatch(() -> projection.on(new MetricValueCorrected(LATE, new Period("2026-10"),
                new Change<>(new BigDecimal("6"), new BigDecimal("5")), "double counted"), AT, 2, "bob"));

        projection.reset();

        assertThat(targets.count() + definitions.count() + corrections.count()).isZero();
    }

    private void define(MetricId id, String name) {
        define(id, name, AT);
    }

    /** Lower is better, target 2: green at 2 or below, red above 2.2 (the default thresholds). */
    private void define(MetricId id, String name, Instant at) {
        projection.on(new MetricDefined(id, SALES, name, "%", new BigDecimal("2"), Direction.LOWER_IS_BETTER,
                Cadence.MONTHLY, DANA, null, null, MetricKind.LAGGING, null), at, 0, "dana");
    }
}
