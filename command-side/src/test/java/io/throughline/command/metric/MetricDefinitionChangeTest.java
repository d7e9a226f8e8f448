package io.throughline.command.metric;

import io.throughline.kernel.Change;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricDefinitionChanged;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricTargetChanged;
import io.throughline.kernel.priority.PriorityId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static io.throughline.command.metric.Scorecard.ALICE;
import static io.throughline.command.metric.Scorecard.MARKETING_PRIORITY;
import static io.throughline.command.metric.Scorecard.NPS;
import static io.throughline.command.metric.Scorecard.NPS_DEFINED;
import static io.throughline.command.metric.Scorecard.SALES;
import static io.throughline.command.metric.Scorecard.SALES_PRIORITY;
import static io.throughline.command.metric.Scorecard.UNKNOWN_PRIORITY;
import static io.throughline.command.metric.Scorecard.decimal;
import static io.throughline.command.metric.Scorecard.expectRejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static io.throughline.kernel.metric.Cadence.WEEKLY;
import static io.throughline.kernel.metric.Direction.HIGHER_IS_BETTER;
import static io.throughline.kernel.metric.MetricKind.LAGGING;
import static io.throughline.kernel.metric.MetricKind.LEADING;

/**
 * ChangeMetricDefinition on NPS as {@link Scorecard#NPS_DEFINED} has it: "NPS" in points, lagging, target 50 with
 * green at 50 and red below 45.0.
 */
class MetricDefinitionChangeTest {

    private AggregateTestFixture<Metric> fixture;

    @BeforeEach
    void setUp() {
        fixture = Scorecard.fixture();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changesOfNothing")
    void aChangeThatChangesNothingIsAConflict(Redefine change) {
        expectRejected(whenChanging(change), CONFLICT, null);
    }

    static Stream<Redefine> changesOfNothing() {
        return Stream.of(
                new Redefine(),
                new Redefine().name(" NPS ").unit("points").kind(LAGGING)
                        .target("50.0").greenAt("50").redAt("45").reason("same again"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("targetChangesWithoutAReason")
    void aNewTargetOrThresholdNeedsAReason(Redefine change) {
        expectRejected(whenChanging(change), INVALID, "reason");
    }

    static Stream<Redefine> targetChangesWithoutAReason() {
        return Stream.of(
                new Redefine().target("60"),
                new Redefine().target("60").reason("  "),
                new Redefine().greenAt("48"),
                new Redefine().redAt("40"));
    }

    @Test
    void aNewTargetWithoutThresholdsTakesTheDefaultThresholdsOfThatTarget() {
        whenChanging(new Redefine().target("60").reason(" stretch "))
                .expectEvents(targetChanged(change("50", "60"), change("50", "60"), change("45.0", "54.0")))
                .expectResultMessagePayload(1L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleThresholdChanges")
    void aGivenThresholdReplacesOnlyThatOne(Redefine command, MetricTargetChanged expected) {
        whenChanging(command).expectEvents(expected);
    }

    static Stream<Arguments> singleThresholdChanges() {
        return Stream.of(
                Arguments.of(new Redefine().greenAt("48").reason("stretch"),
                        targetChanged(null, change("50", "48"), null)),
                Arguments.of(new Redefine().redAt("40").reason("stretch"),
                        targetChanged(null, null, change("45.0", "40"))),
                Arguments.of(new Redefine().target("60").greenAt("58").reason("stretch"),
                        targetChanged(change("50", "60"), change("50", "58"), null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misorderingChanges")
    void theChangedThresholdsMustKeepRedOnTheBadSideOfGreen(Redefine change) {
        expectRejected(whenChanging(change.reason("stretch")), RULE_BROKEN, "redAt");
    }

    static Stream<Redefine> misorderingChanges() {
        return Stream.of(
                new Redefine().redAt("55"),
                new Redefine().greenAt("40"),
                new Redefine().target("30").greenAt("30"));
    }

    @Test
    void aLaterChangeStartsFromTheChangedThresholds() {
        fixture.given(NPS_DEFINED, targetChanged(change("50", "60"), change("50", "60"), change("45.0", "54.0")))
                .when(new Redefine().redAt("50").reason("stretch").build())
                .expectEvents(targetChanged(null, null, change("54.0", "50")))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aDescriptiveChangeNeedsNoReasonAndCarriesOnlyWhatChanged() {
        whenChanging(new Redefine().name(" Net promoter score ").unit("points").kind(LEADING))
                .expectEvents(new MetricDefinitionChanged(NPS, new Change<>("NPS", "Net promoter score"), null,
                        new Change<>(LAGGING, LEADING), null))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aBlankNameIsRejected() {
        expectRejected(whenChanging(new Redefine().name("  ")), INVALID, "name");
    }

    @Test
    void aMetricMayComeToTellTheProgressOfAPriorityOfItsTeam() {
        whenChanging(new Redefine().priority(SALES_PRIORITY))
                .expectEvents(new MetricDefinitionChanged(NPS, null, null, null, new Change<>(null, SALES_PRIORITY)));
    }

    @Test
    void anUnknownPriorityIsRejected() {
        expectRejected(whenChanging(new Redefine().priority(UNKNOWN_PRIORITY)), INVALID, "priorityId");
    }

    @Test
    void aPriorityOfAnotherTeamIsNotTheMetricsToServe() {
        expectRejected(whenChanging(new Redefine().priority(MARKETING_PRIORITY)), RULE_BROKEN, "priorityId");
    }

    @Test
    void bothKindsOfChangeInOneCommandAreStoredDescriptionFirst() {
        whenChanging(new Redefine().name("Net promoter score").target("60").reason("stretch"))
                .expectEvents(
                        new MetricDefinitionChanged(NPS, new Change<>("NPS", "Net promoter score"), null, null, null),
                        targetChanged(change("50", "60"), change("50", "60"), change("45.0", "54.0")))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aMetricDefinedBeforeThresholdsAndKindsHasTheDefaultThresholdsAndIsLagging() {
        MetricDefined storedBefore = new MetricDefined(NPS, SALES, "NPS", "points", decimal("50"), HIGHER_IS_BETTER,
                WEEKLY, ALICE, null, null, null, null);

        fixture.given(storedBefore)
                .when(new Redefine().kind(LAGGING).redAt("40").reason("stretch").build())
                .expectEvents(targetChanged(null, null, change("45.0", "40")));
    }

    @Test
    void sendingTheSameTargetBackKeepsCustomThresholds() {
        fixture.given(Scorecard.defined("50", HIGHER_IS_BETTER, "60", "40"))
                .when(new Redefine().name("Net promoter score").target("50").build())
                .expectEvents(new MetricDefinitionChanged(NPS, new Change<>("NPS", "Net promoter score"), null, null, null));
    }

    @Test
    void sendingTheSameTargetBackWithAReasonStoresNothingAboutTheTarget() {
        expectRejected(fixture.given(Scorecard.defined("50", HIGHER_IS_BETTER, "60", "40"))
                .when(new Redefine().target("50.00").reason("just saving the form").build()), CONFLICT, null);
    }

    private ResultValidator<Metric> whenChanging(Redefine change) {
        return fixture.given(NPS_DEFINED).when(change.build());
    }

    private static MetricTargetChanged targetChanged(Change<BigDecimal> target,
                                                     Change<BigDecimal> greenAt,
                                                     Change<BigDecimal> redAt) {
        return new MetricTargetChanged(NPS, target, greenAt, redAt, "stretch");
    }

    private static Change<BigDecimal> change(String before, String after) {
        return new Change<>(decimal(before), decimal(after));
    }

    /** ChangeMetricDefinition of NPS that changes nothing unless told otherwise. */
    static final class Redefine {
        private String name;
        private String unit;
        private String target;
        private String greenAt;
        private String redAt;
        private MetricKind kind;
        private PriorityId priority;
        private String reason;

        Redefine name(String name) { this.name = name; return this; }
        Redefine unit(String unit) { this.unit = unit; return this; }
        Redefine target(String target) { this.target = target; return this; }
        Redefine greenAt(String greenAt) { this.greenAt = greenAt; return this; }
        Redefine redAt(String redAt) { this.redAt = redAt; return this; }
        Redefine kind(MetricKind kind) { this.kind = kind; return this; }
        Redefine priority(PriorityId priority) { this.priority = priority; return this; }
        Redefine reason(String reason) { this.reason = reason; return this; }

        ChangeMetricDefinition build() {
            return new ChangeMetricDefinition(NPS, name, unit, decimal(target), decimal(greenAt), decimal(redAt), kind,
                    priority, reason);
        }

        @Override
        public String toString() {
            return build().toString();
        }
    }
}
