package io.throughline.command.metric;

import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.DefineMetric;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.stream.Stream;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.metric.Cadence.WEEKLY;
import static io.throughline.kernel.metric.Direction.HIGHER_IS_BETTER;

class MetricTest {

    private static final MetricId NPS = new MetricId("nps");
    private static final TeamId SALES = new TeamId("sales");
    private static final PersonId ALICE = new PersonId("alice");
    private static final BigDecimal TARGET = new BigDecimal("50");
    private static final Period W47 = new Period("2026-W47");

    private static final MetricDefined WEEKLY_NPS =
            new MetricDefined(NPS, SALES, "NPS", "points", TARGET, HIGHER_IS_BETTER, WEEKLY, ALICE);

    private FixtureConfiguration<Metric> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Metric.class)
                .registerInjectableResource(new InMemoryTeams().root(SALES));
    }

    // DefineMetric

    @Test
    void definesAMetricForAnExistingTeam() {
        fixture.givenNoPriorActivity()
                .when(define(SALES, "NPS", "points", TARGET, HIGHER_IS_BETTER, WEEKLY, ALICE))
                .expectEvents(WEEKLY_NPS);
    }

    @Test
    void textIsKeptWithoutSurroundingBlanksAndABlankUnitIsDropped() {
        fixture.givenNoPriorActivity()
                .when(define(SALES, " NPS  ", "  ", TARGET, HIGHER_IS_BETTER, WEEKLY, ALICE))
                .expectEvents(new MetricDefined(NPS, SALES, "NPS", null, TARGET, HIGHER_IS_BETTER, WEEKLY, ALICE));
    }

    @ParameterizedTest(name = "{0} is required")
    @MethodSource("definitionsMissingOneField")
    void requiredFieldsMustBePresent(String field, DefineMetric command) {
        fixture.givenNoPriorActivity()
                .when(command)
                .expectNoEvents()
                .expectException(rejected(INVALID, field));
    }

    static Stream<Arguments> definitionsMissingOneField() {
        return Stream.of(
                Arguments.of("teamId", define(null, "NPS", null, TARGET, HIGHER_IS_BETTER, WEEKLY, ALICE)),
                Arguments.of("target", define(SALES, "NPS", null, null, HIGHER_IS_BETTER, WEEKLY, ALICE)),
                Arguments.of("direction", define(SALES, "NPS", null, TARGET, null, WEEKLY, ALICE)),
                Arguments.of("cadence", define(SALES, "NPS", null, TARGET, HIGHER_IS_BETTER, null, ALICE)),
                Arguments.of("ownerId", define(SALES, "NPS", null, TARGET, HIGHER_IS_BETTER, WEEKLY, null)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void blankNameIsRejected(String name) {
        fixture.givenNoPriorActivity()
                .when(define(SALES, name, null, TARGET, HIGHER_IS_BETTER, WEEKLY, ALICE))
                .expectNoEvents()
                .expectException(rejected(INVALID, "name"));
    }

    @Test
    void unknownTeamIsRejected() {
        fixture.givenNoPriorActivity()
                .when(define(new TeamId("nowhere"), "NPS", null, TARGET, HIGHER_IS_BETTER, WEEKLY, ALICE))
                .expectNoEvents()
                .expectException(rejected(INVALID, "teamId"))
                .expectExceptionMessage("teamId: no team with id 'nowhere'");
    }

    // RecordMetric

    @Test
    void recordsAValueForAPeriodOfItsCadenceAndAnswersTheVersion() {
        fixture.given(WEEKLY_NPS)
                .when(new RecordMetric(NPS, W47, new BigDecimal("42"), " after the launch "))
                .expectEvents(new MetricRecorded(NPS, W47, new BigDecimal("42"), "after the launch"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void recordsTheNextPeriodAfterAnEarlierOne() {
        Period w48 = new Period("2026-W48");
        fixture.given(WEEKLY_NPS, recorded(W47))
                .when(new RecordMetric(NPS, w48, BigDecimal.TEN, null))
                .expectEvents(recorded(w48))
                .expectResultMessagePayload(2L);
    }

    @Test
    void cannotRecordTheSamePeriodTwice() {
        fixture.given(WEEKLY_NPS, recorded(W47))
                .when(new RecordMetric(NPS, new Period(" 2026-W47"), BigDecimal.ONE, null))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, "period"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11", "2026-Q4"})
    void periodMustMatchTheCadence(String period) {
        fixture.given(WEEKLY_NPS)
                .when(new RecordMetric(NPS, new Period(period), BigDecimal.ONE, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "period"))
                .expectExceptionMessage("period: this metric is WEEKLY, so its period is an ISO week like 2026-W47, not '"
                        + period + "'");
    }

    @Test
    void periodIsRequired() {
        fixture.given(WEEKLY_NPS)
                .when(new RecordMetric(NPS, null, BigDecimal.ONE, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "period"));
    }

    @Test
    void valueIsRequired() {
        fixture.given(WEEKLY_NPS)
                .when(new RecordMetric(NPS, W47, null, null))
                .expectNoEvents()
                .expectException(rejected(INVALID, "value"));
    }

    @Test
    void aValueForAnUnknownMetricIsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new RecordMetric(NPS, W47, BigDecimal.ONE, null))
                .expectNoEvents()
                .expectException(AggregateNotFoundException.class);
    }

    private static DefineMetric define(TeamId team, String name, String unit, BigDecimal target, Direction direction,
                                       Cadence cadence, PersonId owner) {
        return new DefineMetric(NPS, team, name, unit, target, direction, cadence, owner);
    }

    private static MetricRecorded recorded(Period period) {
        return new MetricRecorded(NPS, period, BigDecimal.TEN, null);
    }
}
