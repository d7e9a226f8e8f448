package io.throughline.query.progress;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricRetired;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.MilestoneAdded;
import io.throughline.kernel.priority.MilestoneCompleted;
import io.throughline.kernel.priority.MilestoneId;
import io.throughline.kernel.priority.MilestoneRemoved;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityWeighed;
import io.throughline.kernel.team.TeamId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measured progress fed event by event, no Spring: grow (the company's) with win and hire aligned to it, each
 * measured by KPIs and milestones.
 */
class PriorityProgressProjectionTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final PriorityId GROW = new PriorityId("grow");
    private static final PriorityId WIN = new PriorityId("win");
    private static final PriorityId HIRE = new PriorityId("hire");
    private static final MetricId ARR = new MetricId("arr");
    private static final MetricId CHURN = new MetricId("churn");
    private static final Period W41 = new Period("2026-W41");
    private static final Period W42 = new Period("2026-W42");
    private static final Period W43 = new Period("2026-W43");

    private final ProgressFeed feed = new ProgressFeed();
    private final PriorityProgressProjection projection = feed.projection;
    private final KpiProgressEntryRepository kpis = feed.kpis;
    private final PriorityProgressEntryRepository priorities = feed.priorities;
    private final MilestoneProgressEntryRepository milestones = feed.milestones;

    @Test
    void aPriorityWithoutMeasuresHasNoProgressRatherThanNone() {
        feed.on(assigned(GROW, null));

        assertThat(progressOf(GROW)).isNull();
    }

    @Test
    void aKpiWhereHigherIsBetterCountsTheShareOfTheWayFromBaselineToTarget() {
        feed.on(assigned(WIN, GROW));
        feed.on(kpi(ARR, WIN, Direction.HIGHER_IS_BETTER, "100", "20", null));
        feed.on(recorded(ARR, W41, "60"));

        assertThat(progressOf(WIN)).isEqualByComparingTo("50.0");
    }

    @Test
    void aKpiWhereLowerIsBetterCountsTheWayDown() {
        feed.on(assigned(WIN, GROW));
        feed.on(kpi(CHURN, WIN, Direction.LOWER_IS_BETTER, "10", "50", null));
        feed.on(recorded(CHURN, W41, "30"));

        assertThat(progressOf(WIN)).isEqualByComparingTo("50.0");
    }

    @Test
    void aKpiPastItsTargetCountsAHundredAndOneGoneBackwardsNothing() {
        feed.on(assigned(WIN, GROW));
        feed.on(kpi(CHURN, WIN, Direction.LOWER_IS_BETTER, "10", "50", null));
        feed.on(recorded(CHURN, W41, "4"));
        assertThat(progressOf(WIN)).isEqualByComparingTo("100.0");

        feed.on(recorded(CHURN, W42, "65"));
        assertThat(progressOf(WIN)).isEqualByComparingTo("0.0");
    }

    @Test
    void withoutABaselineProgressStartsAtTheFirstRecordedValue() {
        feed.on(assigned(WIN, GROW));
        feed.on(kpi(ARR, WIN, Direction.HIGHER_IS_BETTER, "100", null, null));
        feed.on(recorded(ARR, W41, "40"));
        assertThat(progressOf(WIN)).as("the first value is its own baseline").isEqualByComparingTo("0.0");

        feed.on(recorded(ARR, W43, "70"));
        assertThat(progressOf(WIN)).isEqualByComparingTo("50.0");

        feed.on(new MetricValueCorrected(ARR, W41, new Change<>(new BigDecimal("40"), new BigDecimal("10")),
                "typo"));
        assertThat(progressOf(WIN)).as("(70 - 10) / (100 - 10)").isEqualByComparingTo("66.7");

        feed.on(recorded(ARR, W42, "90"));
        assertThat(progressOf(WIN)).as("a period between the first and the latest moves neither")
                .isEqualByComparingTo("66.7");
    }

    @Test
    void aFirstValueAlreadyPastTheTargetCountsAHundredWhileTheTargetIsMet() {
        feed.on(assigned(WIN, GROW));
        feed.on(kpi(ARR, WIN, Direction.HIGHER_IS_BETTER, "100", null, null));
        feed.on(recorded(ARR, W41, "120"));

        assertThat(progressOf(WIN)).isEqualByComparingTo("100.0");
    }

    @Test
    void milestonesCountDoneOfTotalEvenWhenADoneOneIsRemoved() {
        feed.on(assigned(WIN, GROW));
        feed.on(milestone(WIN, "pilot"));
        feed.on(milestone(WIN, "launch"));
        feed.on(new MilestoneCompleted(WIN, new MilestoneId("pilot"), "pilot"));
        assertThat(progressOf(WIN)).isEqualByComparingTo("50.0");

        feed.on(new MilestoneRemoved(WIN, new MilestoneId("pilot"), "pilot"));
        assertThat(progressOf(WIN)).isEqualByComparingTo("0.0");
    }

    @Test
    void measuresCountByTheirWeights() {
        feed.on(assigned(WIN, GROW));
        feed.on(kpi(ARR, WIN, Direction.HIGHER_IS_BETTER, "100", "0", "3"));
        feed.on(recorded(ARR, W41, "100"));
        feed.on(milestone(WIN, "pilot"));
        assertThat(progressOf(WIN)).as("(100 × 3 + 0 × 1) / 4").isEqualByComparingTo("75.0");

        feed.on(new PriorityWeighed(WIN, null, new Change<>(BigDecimal.ONE, new BigDecimal("7"))));
        assertThat(progressOf(WIN)).as("(100 × 3 + 0 × 7) / 10").isEqualByComparingTo("30.0");

        feed.on(new MetricDefinitionChanged(ARR, null, null, null, null, null,
                new Change<>(new BigDecimal("3"), BigDecimal.ONE)));
        assertThat(progressOf(WIN)).as("(100 × 1 + 0 × 7) / 8").isEqualByComparingTo("12.5");
    }

    @Test
    void aRetiredKpiNoLongerCounts() {
        feed.on(assigned(WIN, GROW));
        feed.on(kpi(ARR, WIN, Direction.HIGHER_IS_BETTER, "100", "0", null));
        feed.on(recorded(ARR, W41, "100"));
        feed.on(milestone(WIN, "pilot"));
        feed.on(new MetricRetired(ARR, "replaced"));

        assertThat(progressOf(WIN)).isEqualByComparingTo("0.0");
    }

    @Test
    void aParentsProgressIsTheWeightedMeanOfItsChildrensAndMovesWithThem() {
        measuredChildren();
        assertThat(progressOf(GROW)).as("(50 + 100) / 2").isEqualByComparingTo("75.0");

        feed.on(new PriorityWeighed(HIRE, new Change<>(BigDecimal.ONE, new BigDecimal("3")), null));
        assertThat(progressOf(GROW)).as("(50 + 100 × 3) / 4").isEqualByComparingTo("87.5");

        feed.on(recorded(ARR, W42, "100"));
        assertThat(progressOf(WIN)).isEqualByComparingTo("100.0");
        assertThat(progressOf(GROW)).isEqualByComparingTo("100.0");
    }

    @Test
    void aParentsOwnMeasuresAndItsChildrenMakeOneMean() {
        measuredChildren();
        feed.on(milestone(GROW, "board"));

        assertThat(progressOf(GROW)).as("(0 + 50 + 100) / 3").isEqualByComparingTo("50.0");
    }

    @Test
    void aDroppedChildLeavesItsParentsMeanUntilReinstated() {
        measuredChildren();
        feed.on(new PriorityDropped(HIRE, status(PriorityStatus.ON_TRACK, PriorityStatus.DROPPED), "no budget"));
        assertThat(progressOf(GROW)).isEqualByComparingTo("50.0");

        feed.on(new PriorityReinstated(HIRE, status(PriorityStatus.DROPPED, PriorityStatus.ON_TRACK), "budget"));
        assertThat(progressOf(GROW)).isEqualByComparingTo("75.0");
    }

    @Test
    void aMissedChildCountsAtTheProgressItClosedWith() {
        measuredChildren();
        feed.on(new PriorityMissed(WIN, status(PriorityStatus.OFF_TRACK, PriorityStatus.MISSED), "too late"));
        feed.on(recorded(ARR, W42, "100"));

        assertThat(progressOf(WIN)).isEqualByComparingTo("50.0");
        assertThat(progressOf(GROW)).isEqualByComparingTo("75.0");
    }

    @Test
    void aChildWithoutMeasuresCountsInNoMean() {
        feed.on(assigned(GROW, null));
        feed.on(assigned(WIN, GROW));
        feed.on(assigned(HIRE, GROW));
        feed.on(milestone(HIRE, "offer"));
        feed.on(new MilestoneCompleted(HIRE, new MilestoneId("offer"), "offer"));

        assertThat(progressOf(GROW)).isEqualByComparingTo("100.0");
    }

    @Test
    void aRealignedChildMovesItsProgressToTheNewParent() {
        measuredChildren();
        feed.on(assigned(new PriorityId("other"), null));
        feed.on(new PriorityRealigned(HIRE, new Change<>(GROW, new PriorityId("other")), "reorg"));

        assertThat(progressOf(GROW)).isEqualByComparingTo("50.0");
        assertThat(progressOf(new PriorityId("other"))).isEqualByComparingTo("100.0");
    }

    @Test
    void aKpiLinkedToAnotherPriorityLeavesTheFirst() {
        measuredChildren();
        feed.on(new MetricDefinitionChanged(ARR, null, null, null, new Change<>(WIN, HIRE)));

        assertThat(progressOf(WIN)).isNull();
        assertThat(progressOf(HIRE)).as("(50 + 100) / 2").isEqualByComparingTo("75.0");
    }

    @Test
    void aReplayStartsFromNothing() {
        measuredChildren();
        projection.reset();

        assertThat(priorities.count()).isZero();
        assertThat(kpis.count()).isZero();
        assertThat(milestones.count()).isZero();
    }

    /** grow over win (ARR 50 % of the way from 0 to 100) and hire (its one milestone done). */
    private void measuredChildren() {
        feed.on(assigned(GROW, null));
        feed.on(assigned(WIN, GROW));
        feed.on(assigned(HIRE, GROW));
        feed.on(kpi(ARR, WIN, Direction.HIGHER_IS_BETTER, "100", "0", null));
        feed.on(recorded(ARR, W41, "50"));
        feed.on(milestone(HIRE, "offer"));
        feed.on(new MilestoneCompleted(HIRE, new MilestoneId("offer"), "offer"));
    }

    private BigDecimal progressOf(PriorityId priority) {
        return priorities.findById(priority.value()).orElseThrow().progress();
    }

    private static PriorityAssigned assigned(PriorityId priority, PriorityId parent) {
        return new PriorityAssigned(priority, new TeamId("sales"), Q4, "Title of " + priority, new PersonId("dana"),
                null, null, parent, null);
    }

    private static MetricDefined kpi(MetricId metric, PriorityId priority, Direction direction, String target,
                                     String baseline, String weight) {
        return new MetricDefined(metric, new TeamId("sales"), metric.value(), null, new BigDecimal(target), direction,
                Cadence.WEEKLY, new PersonId("dana"), null, null, MetricKind.LAGGING, priority,
                baseline == null ? null : new BigDecimal(baseline), weight == null ? null : new BigDecimal(weight));
    }

    private static MetricRecorded recorded(MetricId metric, Period period, String value) {
        return new MetricRecorded(metric, period, new BigDecimal(value), null);
    }

    private static MilestoneAdded milestone(PriorityId priority, String id) {
        return new MilestoneAdded(priority, new MilestoneId(id), id, LocalDate.of(2026, 11, 30), new PersonId("dana"));
    }

    private static Change<PriorityStatus> status(PriorityStatus before, PriorityStatus after) {
        return new Change<>(before, after);
    }
}
