package io.throughline.kernel.metric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({"2026-W47, WEEKLY", "2026-11, MONTHLY", "2026-Q4, QUARTERLY"})
    void theNotationTellsTheCadence(String text, Cadence cadence) {
        assertThat(new Period(text).cadence()).isEqualTo(cadence);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-W01, 2025-12-29",
            "2026-W47, 2026-11-16",
            "2026-W53, 2026-12-28",
            "2020-W53, 2020-12-28",
            "2027-W01, 2027-01-04",
    })
    void anIsoWeekStartsOnItsMonday(String week, LocalDate monday) {
        assertThat(new Period(week).firstDay()).isEqualTo(monday).satisfies(day ->
                assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-W00", "2025-W53", "2027-W53", "2026-W54", "2026-W99"})
    void weeksThatDoNotExistAreRejected(String week) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(week));
    }

    @ParameterizedTest
    @CsvSource({"2026-01, 2026-01-01", "2026-11, 2026-11-01", "2026-12, 2026-12-01"})
    void aMonthStartsOnItsFirstDay(String month, LocalDate firstDay) {
        assertThat(new Period(month).firstDay()).isEqualTo(firstDay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-00", "2026-13"})
    void monthsThatDoNotExistAreRejected(String month) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Period(month));
    }

    @ParameterizedTest
    @CsvSource({"2026-Q1, 2026-01-01", "2026-Q4, 2026-10-01"})
    void aQuarterStartsOnItsFirstDay(String quarter, LocalDate firstDay) {
        assertThat(new Period(quarter).firstDay()).isEqualTo(firstDay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "26-Q1", "2026", "2026-W1", "2026-1", "26-11", "2026-11-16", "next week"})
    void otherNotationsAreRejectedWithTheAcceptedOnes(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Period(text))
                .withMessage("must be an ISO week like 2026-W47, a month like 2026-11 or a quarter like 2026-Q4, was '"
                        + text + "'");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void blankIsRejected(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Period(text))
                .withMessage("a period must not be blank");
    }

    @Test
    void surroundingBlanksAreDropped() {
        assertThat(new Period(" 2026-11 ")).isEqualTo(new Period("2026-11")).hasToString("2026-11");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-W47, 2026-11-23T00:00:00Z",
            "2026-W53, 2027-01-04T00:00:00Z",
            "2026-11, 2026-12-01T00:00:00Z",
            "2026-12, 2027-01-01T00:00:00Z",
            "2026-Q4, 2027-01-01T00:00:00Z",
    })
    void aPeriodEndsWhereTheNextBeginsInUtc(String period, java.time.Instant end) {
        assertThat(new Period(period).end()).isEqualTo(end);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-W47, 2026-W46",
            "2026-W01, 2025-W52",
            "2021-W01, 2020-W53",
            "2026-01, 2025-12",
            "2026-Q1, 2025-Q4",
    })
    void thePreviousPeriodIsTheOneBeforeOfTheSameCadence(String period, String previous) {
        assertThat(new Period(period).previous()).isEqualTo(new Period(previous));
    }

    @ParameterizedTest
    @CsvSource({
            "2026-W47, 2026-11-16",
            "2021-W02, 2021-01-11",
            "2026-11, 2026-11-16",
            "2026-Q4, 2026-11-16",
    })
    void aDayIsInThePeriodOfItsCadence(String period, LocalDate day) {
        assertThat(Period.of(new Period(period).cadence(), day)).isEqualTo(new Period(period));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-W10", "2027-W02", "2026-03", "2027-Q1"})
    void twelvePeriodsEarlierIsTwelveTimesThePrevious(String text) {
        Period period = new Period(text);
        Period stepped = period;
        for (int i = 0; i < 12; i++) {
            stepped = stepped.previous();
        }
        assertThat(period.earlier(12)).isEqualTo(stepped);
    }
}
