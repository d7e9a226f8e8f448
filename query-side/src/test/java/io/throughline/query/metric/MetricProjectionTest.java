package io.throughline.query.metric;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.FindMetric;
import io.throughline.kernel.metric.GetScorecard;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDetail;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricReassigned;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricRetired;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordedValue;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.support.InMemoryRepository;
import io.throughline.query.team.KnownTeams;
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
    private final MetricProjection projection = new MetricProjection(metrics, values, KnownTeams.of(SALES),
            new Scorecards(metrics, values, Clock.fixed(AT, ZoneOffset.UTC)));

    @Test
    void recordedValuesAreListedByPeriodWithWhoRecordedThem() {
        define(LATE, "Orders shipped late");
        projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("6"), "strike"), AT, "dana");
        projection.on(new MetricRecorded(LATE, new Period("2026-09"), new BigDecimal("4"), null), AT, "bob");

        MetricDetail detail = projection.handle(new FindMetric(LATE)).orElseThrow();
        assertThat(detail.values()).extracting(RecordedValue::period, RecordedValue::recordedBy)
                .containsExactly(tuple(new Period("2026-09"), "bob"),
                        tuple(new Period("2026-10"), "dana"));
        assertThat(detail.metric().latestValue()).isEqualByComparingTo("6");
    }

    @Test
    void aPageAsksForTheNewestValuesOnlyAndStillGetsThemOldestFirstWithTheLatestSummarised() {
        define(LATE, "Orders shipped late");
        projection.on(new MetricRecorded(LATE, new Period("2026-08"), new BigDecimal("3"), null), AT, "dana");
        projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("6"), null), AT, "dana");
        projection.on(new MetricRecorded(LATE, new Period("2026-09"), new BigDecimal("4"), null), AT, "dana");

        MetricDetail detail = projection.handle(new FindMetric(LATE, 2)).orElseThrow();

        assertThat(detail.values()).extracting(RecordedValue::period)
                .containsExactly(new Period("2026-09"), new Period("2026-10"));
        assertThat(detail.metric().changeSincePrevious()).isEqualByComparingTo("2");
    }

    @Test
    void aCorrectedValueKeepsThePreviousValueAndTheReason() {
        define(LATE, "Orders shipped late");
        projection.on(new MetricRecorded(LATE, new Period("2026-10"), new BigDecimal("6"), null), AT, "dana");

        projection.on(new MetricValueCorrected(LATE, new Period("2026-10"), new Change<>(new BigDecimal("6"),
                new BigDecimal("5")), "double counted"), AT, "bob");

        RecordedValue corrected = projection.handle(new FindMetric(LATE)).orElseThrow().values().get(0);
        assertThat(corrected.value()).isEqualByComparingTo("5");
        assertThat(corrected.originalValue()).isEqualByComparingTo("6");
        assertThat(corrected.correctionReason()).isEqualTo("double counted");
        assertThat(corrected.correctedBy()).isEqualTo("bob");
    }

    @Test
    void aReassignedKpiShowsItsNewOwner() {
        define(LATE, "Orders shipped late");
        projection.on(new MetricReassigned(LATE, new Change<>(DANA, BOB), "Bob runs shipping"));

        assertThat(projection.handle(new FindMetric(LATE)).orElseThrow().metric().ownerId()).isEqualTo(BOB);
    }

    @Test
    void theScorecardListsTheTeamsKpisByNameAndLeavesRetiredOnesOut() {
        define(LATE, "Orders shipped late");
        define(NPS, "Net promoter score");
        define(new MetricId("old"), "Calls made");
        projection.on(new MetricRetired(new MetricId("old"), "nobody calls any more"));

        assertThat(projection.handle(new GetScorecard(SALES)).orElseThrow().metrics()).extracting(MetricSummary::name)
                .containsExactly("Net promoter score", "Orders shipped late");
    }

    private void define(MetricId id, String name) {
        projection.on(new MetricDefined(id, SALES, name, "%", new BigDecimal("2"), Direction.LOWER_IS_BETTER,
                Cadence.MONTHLY, DANA, null, null, MetricKind.LAGGING, null), AT);
    }
}
