package io.throughline.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuarterTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");

    @Test
    void parsesAQuarter() {
        assertThat(Q4.value()).isEqualTo("2026-Q4");
        assertThat(Q4).isEqualTo(new Quarter("2026-Q4")).hasToString("2026-Q4");
    }

    @ParameterizedTest
    @CsvSource({
            "2026-Q1, 2026-01-01, 2026-03-31",
            "2026-Q2, 2026-04-01, 2026-06-30",
            "2026-Q3, 2026-07-01, 2026-09-30",
            "2026-Q4, 2026-10-01, 2026-12-31",
    })
    void knowsItsFirstAndLastDay(String quarter, LocalDate firstDay, LocalDate lastDay) {
        assertThat(new Quarter(quarter).firstDay()).isEqualTo(firstDay);
        assertThat(new Quarter(quarter).lastDay()).isEqualTo(lastDay);
    }

    @Test
    void containsItsFirstAndLastDay() {
        assertThat(Q4.contains(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(Q4.contains(LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void doesNotContainTheDaysJustOutside() {
        assertThat(Q4.contains(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(Q4.contains(LocalDate.of(2027, 1, 1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2026-01-01, 2026-Q1", "2026-03-31, 2026-Q1", "2026-04-01, 2026-Q2", "2026-12-31, 2026-Q4"})
    void isFoundForADate(LocalDate date, String quarter) {
        assertThat(Quarter.of(date)).isEqualTo(new Quarter(quarter));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "26-Q1", "2026Q1", "2026-4", "Q1-2026"})
    void rejectsAnythingButYearDashQuarter(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Quarter(text))
                .withMessageContaining("must look like 2026-Q4");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void rejectsBlank(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Quarter(text))
                .withMessage("a quarter must not be blank");
    }

    @ParameterizedTest
    @CsvSource({"2026-Q4, 2026-10-01, false", "2026-Q4, 2026-11-15, false", "2026-Q4, 2026-11-16, true",
            "2026-Q4, 2026-12-31, true", "2026-Q1, 2026-02-14, false", "2026-Q1, 2026-02-15, true"})
    void halfOfTheQuarterHasGoneFromItsMiddleDay(String quarter, LocalDate date, boolean pastHalf) {
        assertThat(new Quarter(quarter).isPastHalfOn(date)).isEqualTo(pastHalf);
    }
}
