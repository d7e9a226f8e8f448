package io.throughline.kernel.metric;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.TextValue;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stretch of time one metric value covers: an ISO week ({@code 2026-W47}), a month ({@code 2026-11})
 * or a quarter ({@code 2026-Q4}). The notation tells the cadence.
 */
public record Period(String value) implements TextValue {

    private static final String WEEK_PATTERN = "(\\d{4})-W(\\d{2})";
    private static final String MONTH_PATTERN = "(\\d{4})-(\\d{2})";
    /** How a period is written, as a regular expression (of Java and of JSON Schema's pattern). */
    public static final String PATTERN = WEEK_PATTERN + "|" + MONTH_PATTERN + "|" + Quarter.PATTERN;
    private static final Pattern WEEK = Pattern.compile(WEEK_PATTERN);
    private static final Pattern MONTH = Pattern.compile(MONTH_PATTERN);
    /** A week as its notation writes it; String.format, which parses its format on every call, cost a scorecard dear. */
    private static final DateTimeFormatter WEEK_NOTATION = new DateTimeFormatterBuilder()
            .appendValue(IsoFields.WEEK_BASED_YEAR, 4, 10, SignStyle.NORMAL).appendLiteral("-W")
            .appendValue(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 2).toFormatter(Locale.ROOT);

    public Period {
        value = TextValue.requireText(value, "period");
        firstDay(value);
    }

    public Cadence cadence() {
        // The constructor let only the three notations in; the character after the year's dash tells them apart.
        return switch (value.charAt(5)) {
            case 'W' -> Cadence.WEEKLY;
            case 'Q' -> Cadence.QUARTERLY;
            default -> Cadence.MONTHLY;
        };
    }

    /** The period of the cadence that contains the date. */
    public static Period of(Cadence cadence, LocalDate date) {
        return switch (cadence) {
            case WEEKLY -> new Period(WEEK_NOTATION.format(date));
            case MONTHLY -> new Period(YearMonth.from(date).toString());
            case QUARTERLY -> new Period(Quarter.of(date).value());
        };
    }

    /** The period of the same cadence just before this one. */
    public Period previous() {
        return earlier(1);
    }

    /** The period of the same cadence {@code count} periods before this one: {@link #previous()} that many times. */
    public Period earlier(int count) {
        Cadence cadence = cadence();
        LocalDate first = firstDay();
        return of(cadence, switch (cadence) {
            case WEEKLY -> first.minusWeeks(count);
            case MONTHLY -> first.minusMonths(count);
            case QUARTERLY -> first.minusMonths(3L * count);
        });
    }

    /**
     * The instant the period is over: the first moment of the day after its last, in UTC, the zone periods are kept in.
     * The period covers the instants before it.
     */
    public Instant end() {
        LocalDate first = firstDay();
        LocalDate next = switch (cadence()) {
            case WEEKLY -> first.plusWeeks(1);
            case MONTHLY -> first.plusMonths(1);
            case QUARTERLY -> first.plusMonths(3);
        };
        return next.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The first day of the period; periods of one cadence sort by it. */
    public LocalDate firstDay() {
        return firstDay(value);
    }

    private static LocalDate firstDay(String text) {
        try {
            Matcher week = WEEK.matcher(text);
            if (week.matches()) {
                return isoWeekStart(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2)));
            }
            Matcher month = MONTH.matcher(text);
            if (month.matches()) {
                return YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))).atDay(1);
            }
            return new Quarter(text).firstDay();
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "must be an ISO week like 2026-W47, a month like 2026-11 or a quarter like 2026-Q4, was '"
                            + text + "'", e);
        }
    }

    private static LocalDate isoWeekStart(int weekBasedYear, int week) {
        // The 4th of January is always in ISO week 1 of its year.
        LocalDate anchor = LocalDate.of(weekBasedYear, 1, 4);
        long weeksInYear = anchor.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeksInYear) {
            throw new DateTimeException("week " + week + " does not exist in " + weekBasedYear);
        }
        return anchor.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    @Override
    public String toString() {
        return value;
    }
}
