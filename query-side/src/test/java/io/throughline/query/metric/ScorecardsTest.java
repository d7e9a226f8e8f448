package io.throughline.query.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Colour;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.MetricSummary.SeriesPoint;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.TargetHistory;
import io.throughline.kernel.metric.TargetVersion;
import io.throughline.kernel.team.TeamId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the projection reads a metric as a scorecard line; "today" is Wednesday 2026-11-25, in ISO week 48. */
class ScorecardsTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final Scorecards scorecards = new Scorecards(null, null, null, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<MetricValueEntry> recorded = new ArrayList<>();

    @ParameterizedTest(name = "higher is better, target 100: {0} is {1}")
    @CsvSource({"100, GREEN", "99.9, YELLOW", "90, YELLOW", "89.9, RED"})
    void colourOfTheLatestValueWhenHigherIsBetter(BigDecimal value, Colour colour) {
        MetricEntry metric = weekly("100", Direction.HIGHER_IS_BETTER);
        record(metric, "2026-W47", value);

        assertThat(read(metric).colour()).isEqualTo(colour);
    }

    @ParameterizedTest(name = "lower is better, target 30: {0} is {1}")
    @CsvSource({"30, GREEN", "30.1, YELLOW", "33, YELLOW", "33.1, RED"})
    void colourOfTheLatestValueWhenLowerIsBetter(BigDecimal value, Colour colour) {
        MetricEntry metric = weekly("30", Direction.LOWER_IS_BETTER);
        record(metric, "2026-W47", value);

        assertThat(read(metric).colour()).isEqualTo(colour);
    }

    @Test
    void changeSinceThePreviousPeriodAndNothingMissing() {
        MetricEntry metric = weekly("100", Direction.HIGHER_IS_BETTER);
        record(metric, "2026-W46", new BigDecimal("80"));
        record(metric, "2026-W47", new BigDecimal("95.5"));

        MetricSummary summary = read(metric);

        assertThat(summary.changeSincePrevious()).isEqualByComparingTo("15.5");
        assertThat(summary.missing()).isFalse();
    }

    @Test
    void theLastCompletedPeriodWithoutAValueIsMissing() {
        MetricEntry metric = weekly("100", Direction.HIGHER_IS_BETTER);
        record(metric, "2026-W45", new BigDecimal("80"));

        MetricSummary summary = read(metric);

        assertThat(summary.missing()).isTrue();
        assertThat(summary.changeSincePrevious()).isNull();
    }

    @Test
    void theRecentSeriesIsThirteenPeriodsEndingWithTheLastCompletedOneWithGapsAsNull() {
        MetricEntry metric = weekly("100", Direction.HIGHER_IS_BETTER);
        record(metric, "2026-W45", new BigDecimal("80"));

        List<MetricSummary.SeriesPoint> series = read(metric).recentSeries();

        assertThat(series).hasSize(13);
        assertThat(series.get(0).period()).isEqualTo(new Period("2026-W35"));
        assertThat(series.get(12).period()).isEqualTo(new Period("2026-W47"));
        assertThat(series.get(10).value()).isEqualByComparingTo("80");
        assertThat(series.get(12).value()).isNull();
    }

    @Test
    void aValueForTheCurrentPeriodExtendsTheSeries() {
        MetricEntry metric = weekly("100", Direction.HIGHER_IS_BETTER);
        record(metric, "2026-W48", new BigDecimal("101"));

        assertThat(read(metric).recentSeries().get(12).period()).isEqualTo(new Period("2026-W48"));
    }

    @Test
    void withoutAnyValueThereIsNoColour() {
        MetricSummary summary = read(weekly("100", Direction.HIGHER_IS_BETTER));

        assertThat(summary.colour()).isNull();
        assertThat(summary.latestValue()).isNull();
        assertThat(summary.missing()).isTrue();
    }

    @Test
    void aKpiDefinedThisWeekOwesOnlyTheLastCompletedWeek() {
        MetricEntry metric = weekly("100", Direction.HIGHER_IS_BETTER);

        assertThat(scorecards.missingPeriodsOf(metric, read(metric))).containsExactly(new Period("2026-W47"));
    }

    @Test
    void theMissingPeriodsAreTheGapsFromTheWeekBeforeItsDefinitionToTheLastCompletedOne() {
        MetricEntry metric = weekly("100", Direction.HIGHER_IS_BETTER, Instant.parse("2026-10-21T10:00:00Z"));
        record(metric, "2026-W44", new BigDecimal("80"));
        record(metric, "2026-W46", new BigDecimal("90"));
        record(metric, "2026-W48", new BigDecimal("95"));

        assertThat(scorecards.missingPeriodsOf(metric, read(metric))).as("defined in W43; W48 is not over")
                .containsExactly(new Period("2026-W42"), new Period("2026-W43"), new Period("2026-W45"),
                        new Period("2026-W47"));
    }

    @Test
    void onAPastDayTheSeriesEndsAtThatDaysLastCompletedWeekAndEachWeekHasTheTargetOfItsEnd() {
        MetricEntry metric = weekly("100", Direction.HIGHER_IS_BETTER, Instant.parse("2026-10-01T09:00:00Z"));
        record(metric, "2026-W42", new BigDecimal("101"));
        TargetHistory raisedInW43 = new TargetHistory(Direction.HIGHER_IS_BETTER, List.of(metric.targetNow(),
                new TargetVersion(Instant.parse("2026-10-21T12:00:00Z"), new BigDecimal("120"), new BigDecimal("120"),
                        new BigDecimal("108"), "dana", "raised")));
        Map<Period, BigDecimal> values = Map.of(new Period("2026-W42"), new BigDecimal("101"));

        MetricSummary thursdayOfW43 = Scorecards.summaryOf(metric, values,
                raisedInW43.knownAt(Instant.parse("2026-10-22T09:00:00Z")), LocalDate.parse("2026-10-22"));

        assertThat(thursdayOfW43.recentSeries().get(12).period()).isEqualTo(new Period("2026-W42"));
        assertThat(thursdayOfW43.colour()).as("W42 ended before the raise").isEqualTo(Colour.GREEN);
        assertThat(thursdayOfW43.target()).isEqualByComparingTo("120");
        assertThat(thursdayOfW43.missing()).isFalse();
        MetricSummary mondayOfW44 = Scorecards.summaryOf(metric, values, raisedInW43, LocalDate.parse("2026-10-26"));
        assertThat(mondayOfW44.missing()).as("W43 is over without a value").isTrue();
        assertThat(mondayOfW44.recentSeries().get(12)).isEqualTo(new SeriesPoint(new Period("2026-W43"), null,
                new BigDecimal("120"), null));
    }

    private static MetricEntry weekly(String target, Direction direction) {
        return weekly(target, direction, NOW);
    }

    private static MetricEntry weekly(String target, Direction direction, Instant definedAt) {
        return MetricEntry.defined(new MetricDefined(new MetricId("m-1"), new TeamId("t-1"), "Pipeline", "kEUR",
                new BigDecimal(target), direction, Cadence.WEEKLY, new PersonId("dana"), null, null,
                MetricKind.LEADING, null), definedAt);
    }

    private void record(MetricEntry metric, String period, BigDecimal value) {
        recorded.add(new MetricValueEntry("m-1", new Period(period), value, null, NOW, "dana"));
        metric.recorded(new Period(period), value);
    }

    private MetricSummary read(MetricEntry metric) {
        return scorecards.summaryOf(metric, recorded, new TargetHistory(metric.direction(), List.of(metric.targetNow())));
    }
}
