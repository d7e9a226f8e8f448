package io.throughline.command.metric;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.ChangeMetricDefinition;
import io.throughline.kernel.metric.CorrectMetricValue;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricReassigned;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.MetricRetired;
import io.throughline.kernel.metric.MetricValueCorrected;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.ReassignMetric;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.metric.RetireMetric;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.command.metric.Scorecard.ALICE;
import static io.throughline.command.metric.Scorecard.BOB;
import static io.throughline.command.metric.Scorecard.MARKETING_PRIORITY;
import static io.throughline.command.metric.Scorecard.NPS;
import static io.throughline.command.metric.Scorecard.NPS_DEFINED;
import static io.throughline.command.metric.Scorecard.SALES;
import static io.throughline.command.metric.Scorecard.SALES_PRIORITY;
import static io.throughline.command.metric.Scorecard.UNKNOWN_PRIORITY;
import static io.throughline.command.metric.Scorecard.W47;
import static io.throughline.command.metric.Scorecard.W48;
import static io.throughline.command.metric.Scorecard.decimal;
import static io.throughline.command.metric.Scorecard.defined;
import static io.throughline.command.metric.Scorecard.expectRejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;
import static io.throughline.kernel.metric.Cadence.WEEKLY;
import static io.throughline.kernel.metric.Direction.HIGHER_IS_BETTER;
import static io.throughline.kernel.metric.MetricKind.LAGGING;

/** A metric's life apart from changes to its definition (see {@link MetricDefinitionChangeTest}). */
class MetricTest {

    private AggregateTestFixture<Metric> fixture;

    @BeforeEach
    void setUp() {
        fixture = Scorecard.fixture();
    }

    @Nested
    class DefiningAMetric {

        @Test
        void definesAMetricForAnExistingTeam() {
            whenDefining(new Define())
                    .expectEvents(NPS_DEFINED);
        }

        @Test
        void textIsKeptWithoutSurroundingBlanksAndABlankUnitIsDropped() {
            whenDefining(new Define().name(" NPS  ").unit("  "))
                    .expectEvents(new MetricDefined(NPS, SALES, "NPS", null, decimal("50"), HIGHER_IS_BETTER, WEEKLY,
                            ALICE, decimal("50"), decimal("45.0"), LAGGING, null));
        }

        @ParameterizedTest(name = "{0} is required")
        @MethodSource("io.throughline.command.metric.MetricTest#definitionsMissingOneField")
        void requiredFieldsMustBePresent(String field, Define command) {
            expectRejected(whenDefining(command), INVALID, field);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void blankNameIsRejected(String name) {
            expectRejected(whenDefining(new Define().name(name)), INVALID, "name");
        }

        @Test
        void unknownTeamIsRejected() {
            whenDefining(new Define().team(new TeamId("nowhere")))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "teamId"))
                    .expectExceptionMessage("teamId: no team with id 'nowhere'");
        }

        @ParameterizedTest(name = "kind {0} is stored as {1}")
        @CsvSource(nullValues = "null", value = {
                "null, LAGGING",
                "LAGGING, LAGGING",
                "LEADING, LEADING"})
        void aMetricIsLaggingUnlessDefinedAsLeading(MetricKind given, MetricKind stored) {
            whenDefining(new Define().kind(given))
                    .expectEvents(defined("50", HIGHER_IS_BETTER, "50", "45.0", stored, null));
        }

        @ParameterizedTest(name = "target {0}, {1}: green at {0}, red beyond {2}")
        @CsvSource({
                "50, HIGHER_IS_BETTER, 45.0",
                "200, LOWER_IS_BETTER, 220.0",
                "-20, HIGHER_IS_BETTER, -22.0",
                "-20, LOWER_IS_BETTER, -18.0",
                "0, HIGHER_IS_BETTER, 0.0"})
        void withoutThresholdsGreenIsAtTheTargetAndRedTenPercentOfItsSizeOnTheBadSide(String target,
                                                                                      Direction direction,
                                                                                      String redAt) {
            whenDefining(new Define().target(target).direction(direction))
                    .expectEvents(defined(target, direction, target, redAt));
        }

        @ParameterizedTest(name = "{0}: green at {1}, red beyond {2}")
        @CsvSource({
                "HIGHER_IS_BETTER, 60, 40",
                "LOWER_IS_BETTER, 40, 60",
                "HIGHER_IS_BETTER, 50, 50"})
        void givenThresholdsAreKeptWhenRedIsOnTheBadSideOfGreenOrOnIt(Direction direction, String greenAt,
                                                                      String redAt) {
            whenDefining(new Define().direction(direction).greenAt(greenAt).redAt(redAt))
                    .expectEvents(defined("50", direction, greenAt, redAt));
        }

        @ParameterizedTest(name = "greenAt {0} and redAt {1}: {2} is missing")
        @CsvSource(nullValues = "null", value = {
                "60, null, redAt",
                "null, 40, greenAt"})
        void thresholdsComeBothOrNeither(String greenAt, String redAt, String missing) {
            expectRejected(whenDefining(new Define().greenAt(greenAt).redAt(redAt)), INVALID, missing);
        }

        @ParameterizedTest(name = "{0}: green at {1}, red at {2}")
        @CsvSource({
                "HIGHER_IS_BETTER, 40, 60",
                "LOWER_IS_BETTER, 60, 40"})
        void redMustNotLieOnTheGoodSideOfGreen(Direction direction, String greenAt, String redAt) {
            expectRejected(whenDefining(new Define().direction(direction).greenAt(greenAt).redAt(redAt)),
                    RULE_BROKEN, "redAt");
        }

        @Test
        void aMetricMayTellTheProgressOfAPriorityOfItsTeam() {
            whenDefining(new Define().priority(SALES_PRIORITY))
                    .expectEvents(defined("50", HIGHER_IS_BETTER, "50", "45.0", LAGGING, SALES_PRIORITY));
        }

        @Test
        void anUnknownPriorityIsRejected() {
            expectRejected(whenDefining(new Define().priority(UNKNOWN_PRIORITY)), INVALID, "priorityId");
        }

        @Test
        void aPriorityOfAnotherTeamIsNotTheMetricsToServe() {
            expectRejected(whenDefining(new Define().priority(MARKETING_PRIORITY)), RULE_BROKEN, "priorityId");
        }

        private ResultValidator<Metric> whenDefining(Define command) {
            return fixture.givenNoPriorActivity().when(command.build());
        }
    }

    static Stream<Arguments> definitionsMissingOneField() {
        return Stream.of(
                Arguments.of("teamId", new Define().team(null)),
                Arguments.of("target", new Define().target(null)),
                Arguments.of("direction", new Define().direction(null)),
                Arguments.of("cadence", new Define().cadence(null)),
                Arguments.of("ownerId", new Define().owner(null)));
    }

    @Nested
    class RecordingAValue {

        @Test
        void recordsAValueForAPeriodOfItsCadenceAndAnswersTheVersion() {
            fixture.given(NPS_DEFINED)
                    .when(new RecordMetric(NPS, W47, decimal("42"), " after the launch "))
                    .expectEvents(new MetricRecorded(NPS, W47, decimal("42"), "after the launch"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void recordsTheNextPeriodAfterAnEarlierOne() {
            fixture.given(NPS_DEFINED, recorded(W47, "40"))
                    .when(new RecordMetric(NPS, W48, decimal("41"), null))
                    .expectEvents(recorded(W48, "41"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aPeriodGetsOneValue() {
            expectRejected(fixture.given(NPS_DEFINED, recorded(W47, "40"))
                    .when(new RecordMetric(NPS, new Period(" 2026-W47"), decimal("41"), null)), CONFLICT, "period");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-11", "2026-Q4"})
        void periodMustMatchTheCadence(String period) {
            fixture.given(NPS_DEFINED)
                    .when(new RecordMetric(NPS, new Period(period), BigDecimal.ONE, null))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "period"))
                    .expectExceptionMessage("period: this metric is WEEKLY, so its period is an ISO week like "
                            + "2026-W47, not '" + period + "'");
        }

        @Test
        void periodIsRequired() {
            expectRejected(fixture.given(NPS_DEFINED).when(new RecordMetric(NPS, null, BigDecimal.ONE, null)),
                    INVALID, "period");
        }

        @Test
        void valueIsRequired() {
            expectRejected(fixture.given(NPS_DEFINED).when(new RecordMetric(NPS, W47, null, null)), INVALID, "value");
        }

        @Test
        void aValueForAnUnknownMetricIsNotFound() {
            fixture.givenNoPriorActivity()
                    .when(new RecordMetric(NPS, W47, BigDecimal.ONE, null))
                    .expectNoEvents()
                    .expectException(AggregateNotFoundException.class);
        }
    }

    @Nested
    class CorrectingAValue {

        @Test
        void correctsARecordedValueKeepingTheOldOneInTheEvent() {
            fixture.given(NPS_DEFINED, recorded(W47, "40"))
                    .when(new CorrectMetricValue(NPS, W47, decimal("42"), " typo "))
                    .expectEvents(corrected(W47, "40", "42"))
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aLaterCorrectionStartsFromTheCorrectedValue() {
            fixture.given(NPS_DEFINED, recorded(W47, "40"), corrected(W47, "40", "42"))
                    .when(new CorrectMetricValue(NPS, W47, decimal("45"), "recount"))
                    .expectEvents(new MetricValueCorrected(NPS, W47, new Change<>(decimal("42"), decimal("45")),
                            "recount"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void aCorrectionNeedsAReason(String reason) {
            expectRejected(fixture.given(NPS_DEFINED, recorded(W47, "40"))
                    .when(new CorrectMetricValue(NPS, W47, decimal("42"), reason)), INVALID, "reason");
        }

        @Test
        void aPeriodWithoutAValueHasNothingToCorrect() {
            expectRejected(fixture.given(NPS_DEFINED, recorded(W47, "40"))
                    .when(new CorrectMetricValue(NPS, W48, decimal("42"), "typo")), CONFLICT, "period");
        }

        @Test
        void theCorrectedPeriodMustMatchTheCadence() {
            expectRejected(fixture.given(NPS_DEFINED, recorded(W47, "40"))
                    .when(new CorrectMetricValue(NPS, new Period("2026-11"), decimal("42"), "typo")),
                    INVALID, "period");
        }

        @ParameterizedTest(name = "40 corrected to {0}")
        @ValueSource(strings = {"40", "40.0", "40.00"})
        void correctingToTheSameValueChangesNothing(String value) {
            expectRejected(fixture.given(NPS_DEFINED, recorded(W47, "40"))
                    .when(new CorrectMetricValue(NPS, W47, decimal(value), "typo")), CONFLICT, "value");
        }

        @Test
        void aCorrectedPeriodStillCannotBeRecordedAgain() {
            expectRejected(fixture.given(NPS_DEFINED, recorded(W47, "40"), corrected(W47, "40", "42"))
                    .when(new RecordMetric(NPS, W47, decimal("43"), null)), CONFLICT, "period");
        }
    }

    @Nested
    class ReassigningAMetric {

        @Test
        void handsTheMetricToANewOwner() {
            fixture.given(NPS_DEFINED)
                    .when(new ReassignMetric(NPS, BOB, " Alice moved on "))
                    .expectEvents(new MetricReassigned(NPS, new Change<>(ALICE, BOB), "Alice moved on"))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void reassigningToTheCurrentOwnerChangesNothing() {
            expectRejected(fixture.given(NPS_DEFINED).when(new ReassignMetric(NPS, ALICE, null)),
                    CONFLICT, "newOwnerId");
        }

        @Test
        void theNewOwnerIsRequired() {
            expectRejected(fixture.given(NPS_DEFINED).when(new ReassignMetric(NPS, null, null)),
                    INVALID, "newOwnerId");
        }
    }

    @Nested
    class RetiringAMetric {

        private final MetricRetired retired = new MetricRetired(NPS, "replaced by CSAT");

        @Test
        void takesTheMetricOffTheScorecard() {
            fixture.given(NPS_DEFINED, recorded(W47, "40"))
                    .when(new RetireMetric(NPS, " replaced by CSAT "))
                    .expectEvents(retired)
                    .expectResultMessagePayload(2L);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void retiringNeedsAReason(String reason) {
            expectRejected(fixture.given(NPS_DEFINED).when(new RetireMetric(NPS, reason)), INVALID, "reason");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.throughline.command.metric.MetricTest#commandsToARetiredMetric")
        void aRetiredMetricAcceptsNothing(String name, Object command) {
            expectRejected(fixture.given(NPS_DEFINED, recorded(W47, "40"), retired).when(command), CONFLICT, null);
        }
    }

    static Stream<Arguments> commandsToARetiredMetric() {
        return Stream.of(
                Arguments.of("record a value", new RecordMetric(NPS, W48, decimal("41"), null)),
                Arguments.of("correct a value", new CorrectMetricValue(NPS, W47, decimal("42"), "typo")),
                Arguments.of("change the definition",
                        new ChangeMetricDefinition(NPS, "Net promoter", null, null, null, null, null, null, null)),
                Arguments.of("reassign", new ReassignMetric(NPS, BOB, null)),
                Arguments.of("retire again", new RetireMetric(NPS, "really")));
    }

    private static MetricRecorded recorded(Period period, String value) {
        return new MetricRecorded(NPS, period, decimal(value), null);
    }

    private static MetricValueCorrected corrected(Period period, String before, String after) {
        return new MetricValueCorrected(NPS, period, new Change<>(decimal(before), decimal(after)), "typo");
    }

    /** DefineMetric for NPS as {@link Scorecard#NPS_DEFINED} has it, unless told otherwise. */
    static final class Define {
        private TeamId team = SALES;
        private String name = "NPS";
        private String unit = "points";
        private String target = "50";
        private Direction direction = HIGHER_IS_BETTER;
        private Cadence cadence = WEEKLY;
        private PersonId owner = ALICE;
        private String greenAt;
        private String redAt;
        private MetricKind kind;
        private PriorityId priority;

        Define team(TeamId team) { this.team = team; return this; }
        Define name(String name) { this.name = name; return this; }
        Define unit(String unit) { this.unit = unit; return this; }
        Define target(String target) { this.target = target; return this; }
        Define direction(Direction direction) { this.direction = direction; return this; }
        Define cadence(Cadence cadence) { this.cadence = cadence; return this; }
        Define owner(PersonId owner) { this.owner = owner; return this; }
        Define greenAt(String greenAt) { this.greenAt = greenAt; return this; }
        Define redAt(String redAt) { this.redAt = redAt; return this; }
        Define kind(MetricKind kind) { this.kind = kind; return this; }
        Define priority(PriorityId priority) { this.priority = priority; return this; }

        DefineMetric build() {
            return new DefineMetric(NPS, team, name, unit, decimal(target), direction, cadence, owner,
                    decimal(greenAt), decimal(redAt), kind, priority);
        }

        @Override
        public String toString() {
            return build().toString();
        }
    }
}
