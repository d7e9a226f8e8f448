package io.throughline.command.limits;

import io.throughline.command.checkin.CheckIn;
import io.throughline.command.metric.Metric;
import io.throughline.command.priority.PriorityDirectory;
import io.throughline.command.team.InMemoryTeams;
import io.throughline.command.team.Team;
import io.throughline.kernel.Limits;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.checkin.Commitment;
import io.throughline.kernel.checkin.RecordCheckIn;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricRecorded;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.RecordMetric;
import io.throughline.kernel.team.AssessmentDimension;
import io.throughline.kernel.team.RecordAssessment;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;

/** Every command is held to the Limits before its handler sees it: texts, ids, lists, numbers and dates, however deep. */
class CommandLimitsTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final PersonId SAM = new PersonId("sam");
    private static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

    @Nested
    class Texts {

        private final AggregateTestFixture<Team> teams = withLimits(new AggregateTestFixture<>(Team.class));

        Texts() {
            teams.registerInjectableResource(new InMemoryTeams());
        }

        @Test
        void aNameOfTheLongestLengthIsAcceptedCountingEachEmojiOnce() {
            String name = "\uD83D\uDE00".repeat(Limits.NAME_LENGTH);
            teams.givenNoPriorActivity()
                    .when(new RegisterTeam(SALES, name, null))
                    .expectEvents(new TeamRegistered(SALES, name, null));
        }

        @Test
        void aLongerNameIsRefused() {
            teams.givenNoPriorActivity()
                    .when(new RegisterTeam(SALES, "x".repeat(Limits.NAME_LENGTH + 1), null))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "name"))
                    .expectExceptionMessage("name: must be at most " + Limits.NAME_LENGTH + " characters, was "
                            + (Limits.NAME_LENGTH + 1));
        }

        /** PostgreSQL refuses U+0000 in text; half a surrogate pair has no UTF-8; the others are not text. */
        @ParameterizedTest
        @ValueSource(strings = {"\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\uD800", "\uDFFF"})
        void aNameHoldingWhatIsNotTextIsRefused(String character) {
            teams.givenNoPriorActivity()
                    .when(new RegisterTeam(SALES, "Sa" + character + "les", null))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "name"));
        }

        @Test
        void anIdLongerThanAnyIdIsRefused() {
            teams.givenNoPriorActivity()
                    .when(new RegisterTeam(new TeamId("t".repeat(Limits.ID_LENGTH + 1)), "Sales", null))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "teamId"));
        }

        @Test
        void aDateOutsideTheCenturiesIsRefused() {
            teams.given(new TeamRegistered(SALES, "Sales", null))
                    .when(new RecordAssessment(SALES, AssessmentDimension.TEAM_DYNAMICS, BigDecimal.valueOf(4), 8,
                            Limits.EARLIEST_DATE.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "date"));
        }
    }

    @Nested
    class Numbers {

        private static final MetricId NPS = new MetricId("nps");
        private static final Period W47 = new Period("2026-W47");

        private final AggregateTestFixture<Metric> metrics = withLimits(new AggregateTestFixture<>(Metric.class));

        Numbers() {
            metrics.registerInjectableResource(new InMemoryTeams().root(SALES));
            metrics.registerInjectableResource((PriorityDirectory) id -> Optional.empty());
        }

        @Test
        void theLargestPreciseValueIsAccepted() {
            BigDecimal largest = new BigDecimal("999999999999999.999999");
            metrics.given(defined())
                    .when(new RecordMetric(NPS, W47, largest, null))
                    .expectEvents(new MetricRecorded(NPS, W47, largest, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1e15", "-1e15", "1e999999999", "0.0000001", "1e-400"})
        void aValueTooLargeOrTooPreciseIsRefused(String value) {
            metrics.given(defined())
                    .when(new RecordMetric(NPS, W47, new BigDecimal(value), null))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "value"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"1899-W52", "3000-02", "0000-01"})
        void aPeriodOutsideTheCenturiesIsRefused(String period) {
            metrics.given(defined())
                    .when(new RecordMetric(NPS, new Period(period), BigDecimal.ONE, null))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "period"));
        }

        private static MetricDefined defined() {
            return new MetricDefined(NPS, SALES, "NPS", null, BigDecimal.TEN, Direction.HIGHER_IS_BETTER, Cadence.WEEKLY,
                    SAM, BigDecimal.TEN, BigDecimal.ONE, MetricKind.LAGGING, null);
        }
    }

    @Nested
    class Lists {

        private static final CheckInId CHECK_IN = new CheckInId("check-in");
        private static final Commitment CALL = new Commitment("Call three customers", NOV_2.plusDays(7));

        private final AggregateTestFixture<CheckIn> checkIns = withLimits(new AggregateTestFixture<>(CheckIn.class));

        Lists() {
            checkIns.registerInjectableResource((PriorityDirectory) id -> Optional.empty());
        }

        @Test
        void aListLongerThanTheLimitIsRefused() {
            checkIns.givenNoPriorActivity()
                    .when(checkInWith(Collections.nCopies(Limits.LIST_SIZE + 1, CALL)))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "commitments"));
        }

        @Test
        void anEntryIsHeldToTheLimitsAndNamedByItsPlace() {
            checkIns.givenNoPriorActivity()
                    .when(checkInWith(List.of(CALL, new Commitment("Call\u0000", NOV_2))))
                    .expectNoEvents()
                    .expectException(rejected(INVALID, "commitments[1].text"));
        }

        private static RecordCheckIn checkInWith(List<Commitment> commitments) {
            return new RecordCheckIn(CHECK_IN, SAM, new PersonId("olive"), NOV_2, CheckInPhase.TRACK, List.of(), null,
                    commitments);
        }
    }

    private static <T> AggregateTestFixture<T> withLimits(AggregateTestFixture<T> fixture) {
        fixture.registerCommandHandlerInterceptor(new CommandLimits());
        return fixture;
    }
}
