package io.throughline.command.metric;

import io.throughline.kernel.Change;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricKind;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.throughline.command.metric.Scorecard.ALICE;
import static io.throughline.command.metric.Scorecard.NPS;
import static io.throughline.command.metric.Scorecard.NPS_DEFINED;
import static io.throughline.command.metric.Scorecard.SALES;
import static io.throughline.command.metric.Scorecard.SALES_PRIORITY;
import static io.throughline.command.metric.Scorecard.decimal;
import static io.throughline.command.metric.Scorecard.expectRejected;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static io.throughline.kernel.metric.Cadence.WEEKLY;
import static io.throughline.kernel.metric.Direction.HIGHER_IS_BETTER;
import static io.throughline.kernel.metric.Direction.LOWER_IS_BETTER;
import static io.throughline.kernel.metric.MetricKind.LAGGING;

/** How a KPI measures its priority's progress: its baseline (short of the target) and its weight (0 to 100). */
class MetricProgressMeasureTest {

    private AggregateTestFixture<Metric> fixture;

    @BeforeEach
    void setUp() {
        fixture = Scorecard.fixture();
    }

    @Test
    void aKpiIsDefinedWithTheBaselineAndWeightOfItsProgress() {
        fixture.givenNoPriorActivity()
                .when(define("50", HIGHER_IS_BETTER, "20", "2"))
                .expectEvents(defined("50", HIGHER_IS_BETTER, "20", "2"));
    }

    @Test
    void whenHigherIsBetterTheBaselineLiesBelowTheTarget() {
        expectRejected(fixture.givenNoPriorActivity().when(define("50", HIGHER_IS_BETTER, "50", null)),
                RULE_BROKEN, "baseline");
    }

    @Test
    void whenLowerIsBetterTheBaselineLiesAboveTheTarget() {
        fixture.givenNoPriorActivity().when(define("10", LOWER_IS_BETTER, "40", null))
                .expectEvents(defined("10", LOWER_IS_BETTER, "40", null));
        expectRejected(fixture.givenNoPriorActivity().when(define("10", LOWER_IS_BETTER, "5", null)),
                RULE_BROKEN, "baseline");
    }

    @Test
    void aWeightOfZeroIsRefusedNamingTheField() {
        expectRejected(fixture.givenNoPriorActivity().when(define("50", HIGHER_IS_BETTER, null, "0")),
                INVALID, "weight");
    }

    @Test
    void aNewBaselineOrWeightNeedsNoReasonAndIsStoredAsADescriptiveChange() {
        whenChanging("30", "4")
                .expectEvents(new MetricDefinitionChanged(NPS, null, null, null, null,
                        new Change<>(null, decimal("30")), new Change<>(null, decimal("4"))))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aChangedBaselineMustStayShortOfTheTarget() {
        expectRejected(whenChanging("60", null), RULE_BROKEN, "baseline");
    }

    @Test
    void aChangedWeightAboveAHundredIsRefusedNamingTheField() {
        expectRejected(whenChanging(null, "101"), INVALID, "weight");
    }

    @Test
    void aTargetMovedToTheBaselineIsRefused() {
        expectRejected(fixture.given(defined("50", HIGHER_IS_BETTER, "20", null))
                .when(new ChangeMetricDefinition(NPS, null, null, decimal("20"), null, null, null, null, "cut")),
                RULE_BROKEN, "baseline");
    }

    private ResultValidator<Metric> whenChanging(String baseline, String weight) {
        return fixture.given(NPS_DEFINED).when(new ChangeMetricDefinition(NPS, null, null, null, null, null, null, null,
                null, decimal(baseline), decimal(weight)));
    }

    private static DefineMetric define(String target, Direction direction, String baseline, String weight) {
        return new DefineMetric(NPS, SALES, "NPS", "points", decimal(target), direction, WEEKLY, ALICE, null, null,
                MetricKind.LAGGING, SALES_PRIORITY, decimal(baseline), decimal(weight));
    }

    private static MetricDefined defined(String target, Direction direction, String baseline, String weight) {
        MetricDefined thresholds = Scorecard.defined(target, direction, null, null);
        return new MetricDefined(NPS, SALES, "NPS", "points", decimal(target), direction, WEEKLY, ALICE,
                thresholds.thresholds().greenAt(), thresholds.thresholds().redAt(), LAGGING, SALES_PRIORITY,
                decimal(baseline), decimal(weight));
    }
}
