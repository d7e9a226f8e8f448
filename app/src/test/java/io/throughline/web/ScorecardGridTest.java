package io.throughline.web;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Colour;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.MetricSummary.SeriesPoint;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.Thresholds;
import io.throughline.kernel.team.TeamId;
import io.throughline.web.ScorecardGrid.Cell;
import io.throughline.web.ScorecardGrid.Grid;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardGridTest {

    private static final BigDecimal TARGET = BigDecimal.valueOf(500);
    private static final Thresholds THRESHOLDS = new Thresholds(TARGET, BigDecimal.valueOf(450));

    @Test
    void eachCadenceGetsAGridOfThirteenPeriodsEndingWithTheLatestAnyKpiShows() {
        MetricSummary pipeline = weekly("Pipeline", Direction.HIGHER_IS_BETTER, new Period("2026-W48"), 400, null, 520);
        MetricSummary calls = weekly("Calls", Direction.HIGHER_IS_BETTER, new Period("2026-W49"), 10);
        MetricSummary churn = monthly("Churn", new Period("2026-11"), 1);

        List<Grid> grids = ScorecardGrid.of(List.of(pipeline, calls, churn));

        assertThat(grids).extracting(Grid::cadence).containsExactly(Cadence.WEEKLY, Cadence.MONTHLY);
        Grid weekly = grids.get(0);
        assertThat(weekly.periods()).hasSize(13).startsWith(new Period("2026-W37")).endsWith(new Period("2026-W49"));
        assertThat(weekly.rows().get(0).cells()).hasSize(13).extracting(Cell::period).isEqualTo(weekly.periods());
    }

    @Test
    void cellsCarryTheValueAndItsColourAgainstTheThresholdsAndNothingWithoutAValue() {
        // green at 500, red below 450
        MetricSummary pipeline = weekly("Pipeline", Direction.HIGHER_IS_BETTER, new Period("2026-W48"), 400, null, 470, 520);

        List<Cell> cells = ScorecardGrid.of(List.of(pipeline)).get(0).rows().get(0).cells();

        assertThat(cells.subList(9, 13)).containsExactly(
                new Cell(new Period("2026-W45"), BigDecimal.valueOf(400), Colour.RED, TARGET),
                new Cell(new Period("2026-W46"), null, null, TARGET),
                new Cell(new Period("2026-W47"), BigDecimal.valueOf(470), Colour.YELLOW, TARGET),
                new Cell(new Period("2026-W48"), BigDecimal.valueOf(520), Colour.GREEN, TARGET));
    }

    @Test
    void aCellKeepsTheColourItsPeriodHadAgainstTheTargetThenNotTodaysThresholds() {
        MetricSummary pipeline = weekly("Pipeline", Direction.HIGHER_IS_BETTER, new Period("2026-W48"), 400, 520);
        List<SeriesPoint> series = new ArrayList<>(pipeline.recentSeries());
        series.set(11, new SeriesPoint(new Period("2026-W47"), BigDecimal.valueOf(400), BigDecimal.valueOf(380),
                Colour.GREEN));
        MetricSummary raisedSince = new MetricSummary(pipeline.id(), pipeline.teamId(), pipeline.name(), pipeline.unit(),
                pipeline.kind(), pipeline.direction(), pipeline.cadence(), pipeline.target(), pipeline.greenAt(),
                pipeline.redAt(), pipeline.ownerId(), null, false, pipeline.latestPeriod(), null, null, null, false,
                series);

        assertThat(ScorecardGrid.of(List.of(raisedSince)).get(0).rows().get(0).cells().get(11))
                .isEqualTo(new Cell(new Period("2026-W47"), BigDecimal.valueOf(400), Colour.GREEN,
                        BigDecimal.valueOf(380)));
    }

    private static MetricSummary weekly(String name, Direction direction, Period last, Integer... latestValues) {
        return metric(name, Cadence.WEEKLY, direction, last, latestValues);
    }

    private static MetricSummary monthly(String name, Period last, Integer... latestValues) {
        return metric(name, Cadence.MONTHLY, Direction.LOWER_IS_BETTER, last, latestValues);
    }

    /** Thirteen periods ending with {@code last}, the last of them holding {@code latestValues} (null: none). */
    private static MetricSummary metric(String name, Cadence cadence, Direction direction, Period last,
                                        Integer... latestValues) {
        List<SeriesPoint> series = new ArrayList<>();
        Period period = last;
        for (int i = 0; i < 13; i++) {
            int fromEnd = latestValues.length - 1 - i;
            Integer value = fromEnd >= 0 ? latestValues[fromEnd] : null;
            BigDecimal amount = value == null ? null : BigDecimal.valueOf(value);
            series.add(new SeriesPoint(period, amount, TARGET,
                    amount == null ? null : THRESHOLDS.colourOf(amount, direction)));
            period = period.previous();
        }
        Collections.reverse(series);
        return new MetricSummary(new MetricId(name), new TeamId("sales"), name, "kEUR", MetricKind.LAGGING, direction,
                cadence, BigDecimal.valueOf(500), BigDecimal.valueOf(500), BigDecimal.valueOf(450), new PersonId("dana"),
                null, false, last, null, null, null, false, series);
    }
}
