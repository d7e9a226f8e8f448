package io.throughline.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** A calendar quarter written {@code 2026-Q4}: the time box of a plan and its priorities. */
public record Quarter(String value) implements TextValue {

    /** How a quarter is written, as a regular expression (of Java and of JSON Schema's pattern). */
    public static final String PATTERN = "(\\d{4})-Q([1-4])";
    private static final Pattern FORMAT = Pattern.compile(PATTERN);

    public Quarter {
        value = TextValue.requireText(value, "quarter");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("must look like 2026-Q4, was '" + value + "'");
        }
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1));
    }

    public LocalDate firstDay() {
        int year = Integer.parseInt(value.substring(0, 4));
        int quarter = value.charAt(6) - '0';
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public LocalDate lastDay() {
        return firstDay().plusMonths(3).minusDays(1);
    }

    /** The quarter after this one: where a carried-over priority continues. */
    public Quarter next() {
        return of(firstDay().plusMonths(3));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** Whether half of the quarter has gone by the given day: from its middle day (16 November in Q4) on. */
    public boolean isPastHalfOn(LocalDate date) {
        long days = ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
        return !date.isBefore(firstDay().plusDays(days / 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
