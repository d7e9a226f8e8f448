package io.throughline.web.words;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.progress.MeasureKind;
import io.throughline.web.People;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private final Words words = new Words(messages(), Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("UTC"),
            () -> new People.Names(Map.of("nina", "Nina Berg")));

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }

    @Test
    void constantsReadAsLabelsFromTheMessagesEvenWhereNoneIsWritten() {
        assertThat(words.label(PriorityStatus.AT_RISK)).isEqualTo("At risk");
        assertThat(words.label(Cadence.WEEKLY)).isEqualTo("Weekly");
        assertThat(words.label(Thread.State.TIMED_WAITING)).isEqualTo("Timed waiting");
        assertThat(words.label(null)).isEqualTo("–");
    }

    @Test
    void aPriorityEndsDoneMissedOrCarriedOverInWordsThoughTheApiKeepsCompleted() {
        assertThat(words.label(PriorityStatus.COMPLETED)).isEqualTo("Done");
        assertThat(words.label(PriorityStatus.MISSED)).isEqualTo("Missed");
        assertThat(words.label(PriorityStatus.CARRIED_OVER)).isEqualTo("Carried over");
        assertThat(words.label(PriorityStatus.DROPPED)).isEqualTo("Dropped");
    }

    @Test
    void progressReadsAsWholePercentsBesideTheExpected() {
        assertThat(words.progress(new BigDecimal("62.0"), new BigDecimal("70.4")))
                .isEqualTo("62% done, 70% expected by today");
        assertThat(words.progress(new BigDecimal("42.5"), new BigDecimal("100.0")))
                .isEqualTo("43% done, 100% expected by today");
        assertThat(words.progress(null, new BigDecimal("1.1"))).isEqualTo("Not measured yet, 1% expected by today");
        assertThat(words.progressThen(new BigDecimal("62.0"), new BigDecimal("70.4")))
                .isEqualTo("62% done, 70% expected by then");
        assertThat(words.progressThen(null, new BigDecimal("1.1"))).isEqualTo("Not measured then, 1% expected by then");
        assertThat(words.label(MeasureKind.METRIC)).isEqualTo("KPI");
        assertThat(words.label(MeasureKind.PRIORITY)).isEqualTo("Aligned priority");
    }

    @Test
    void daysReadAsPeopleWriteThemWithTheYearOnlyWhenItIsAnotherOne() {
        assertThat(words.day(LocalDate.parse("2026-12-18"))).isEqualTo("Fri 18 Dec");
        assertThat(words.day(LocalDate.parse("2027-01-04"))).isEqualTo("Mon 4 Jan 2027");
        assertThat(words.fromToday(LocalDate.parse("2026-12-08"))).isEqualTo("in 3 days");
        assertThat(words.day(LocalDate.parse("2026-09-05"))).as("not 'Sept'").isEqualTo("Sat 5 Sep");
        assertThat(words.fromToday(LocalDate.parse("2026-12-04"))).isEqualTo("yesterday");
    }

    @Test
    void instantsReadFromNowWithTheExactTimeForHover() {
        assertThat(words.ago(NOW.minus(5, ChronoUnit.MINUTES))).isEqualTo("5 minutes ago");
        assertThat(words.ago(NOW.minus(1, ChronoUnit.HOURS))).isEqualTo("1 hour ago");
        assertThat(words.ago(NOW.minus(12, ChronoUnit.DAYS))).isEqualTo("12 days ago");
        assertThat(words.ago(Instant.parse("2026-03-02T08:00:00Z"))).isEqualTo("Mon 2 Mar");
        assertThat(words.exact(Instant.parse("2026-12-18T09:14:00Z"))).isEqualTo("Fri 18 Dec 2026, 09:14 UTC");
    }

    @Test
    void periodsNameTheirDays() {
        assertThat(words.period(new Period("2026-W48"))).isEqualTo("Week 48 (23–29 Nov)");
        assertThat(words.period(new Period("2026-W49"))).isEqualTo("Week 49 (30 Nov – 6 Dec)");
        assertThat(words.period(new Period("2026-11"))).isEqualTo("November 2026");
        assertThat(words.period(new Period("2026-Q4"))).isEqualTo("Q4 2026 (Oct–Dec)");
        assertThat(words.quarter(new Quarter("2027-Q1"))).isEqualTo("Q1 2027");
    }

    @Test
    void numbersCarryTheirGroupingAndUnit() {
        assertThat(words.number(new BigDecimal("11140.00"))).isEqualTo("11,140");
        assertThat(words.amount(new BigDecimal("11140"), "kEUR")).isEqualTo("11,140 kEUR");
        assertThat(words.amount(new BigDecimal("3.50"), "%")).isEqualTo("3.5%");
        assertThat(words.amount(42, "")).isEqualTo("42");
    }

    @Test
    void peopleGoByTheirDisplayNames() {
        assertThat(words.person(new PersonId("nina"))).isEqualTo("Nina Berg");
        assertThat(words.person("tom")).isEqualTo("tom");
    }

    @Test
    void rolesKeptAsTextReadAsTheirLabels() {
        assertThat(words.role("ADMIN")).isEqualTo("Administrator");
        assertThat(words.role("LEADER")).isEqualTo("Leader");
    }

    void periodsFitAGridColumnWithTheYearOnlyWhenItIsAnotherOne() {
        assertThat(words.periodShort(new Period("2026-W48"))).isEqualTo("W48");
        assertThat(words.periodShort(new Period("2026-11"))).isEqualTo("Nov");
        assertThat(words.periodShort(new Period("2025-12"))).isEqualTo("Dec 2025");
        assertThat(words.periodShort(new Period("2026-Q4"))).isEqualTo("Q4");
    }
}
