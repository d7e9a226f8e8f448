package io.throughline.web.words;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.person.Role;
import io.throughline.web.People;
import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What templates call {@code #words}: the stored values of the service as a leader reads them. Constants become labels
 * ({@code messages.properties}), dates read "Fri 18 Dec", instants "3 days ago" with the exact time for a title,
 * periods "Week 48 (23–29 Nov)", numbers carry their grouping and unit, people their display names. The one place the
 * web layer translates; the API keeps its exact values. One instance per rendered page (names are asked for once).
 */
public final class Words {

    static final Locale LOCALE = Locale.UK;
    /** Dates in English abbreviations ("Sep"): the UK locale of recent JDKs writes "Sept". */
    private static final Locale DATES = Locale.ENGLISH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", DATES);
    private static final DateTimeFormatter DAY_OF_ANOTHER_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", DATES);
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", DATES);
    private static final DateTimeFormatter DAY_OF_MONTH = DateTimeFormatter.ofPattern("d", DATES);
    private static final DateTimeFormatter DAY_AND_MONTH = DateTimeFormatter.ofPattern("d MMM", DATES);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", DATES);
    private static final DateTimeFormatter FULL_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", DATES);
    private static final DateTimeFormatter SHORT_MONTH = DateTimeFormatter.ofPattern("MMM", DATES);

    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<People.Names> names;
    private People.Names known;

    Words(MessageSource messages, Clock clock, ZoneId zone, Supplier<People.Names> names) {
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.names = names;
    }

    /** Words for what the service writes outside its pages (the nudges' e-mails and chat messages), in UTC as they are. */
    public static Words outsidePages(MessageSource messages, Clock clock, Supplier<People.Names> names) {
        return new Words(messages, clock, ZoneId.of("UTC"), names);
    }

    /** A constant's label: "At risk" for {@code AT_RISK}; "–" for none. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "–";
        }
        String fallback = value.name().charAt(0) + value.name().substring(1).toLowerCase(LOCALE).replace('_', ' ');
        return messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, fallback,
                LOCALE);
    }

    /** A day as people write it: "Fri 18 Dec", with the year when it is not this year's. */
    public String day(LocalDate date) {
        if (date == null) {
            return "–";
        }
        return (date.getYear() == today().getYear() ? DAY : DAY_OF_ANOTHER_YEAR).format(date);
    }

    /** A day from today: "today", "tomorrow", "in 5 days", "yesterday", "3 days ago". */
    public String fromToday(LocalDate date) {
        if (date == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today(), date);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        return days > 0 ? "in " + days + " days" : -days + " days ago";
    }

    /** An instant from now: "just now", "5 minutes ago", "3 hours ago", "yesterday", "12 days ago", or its day. */
    public String ago(Instant instant) {
        if (instant == null) {
            return "never";
        }
        Duration since = Duration.between(instant, clock.instant());
        if (since.isNegative() || since.toMinutes() < 1) {
            return "just now";
        }
        if (since.toHours() < 1) {
            return plural(since.toMinutes(), "minute") + " ago";
        }
        if (since.toDays() < 1) {
            return plural(since.toHours(), "hour") + " ago";
        }
        return since.toDays() < 60 ? fromToday(LocalDate.ofInstant(instant, zone)) : day(LocalDate.ofInstant(instant, zone));
    }

    /** When something stops working, as its owner reads it: "expires on 3 March 2027", or "expired". */
    public String expiry(Instant end) {
        return clock.instant().isBefore(end) ? "expires on " + FULL_DAY.format(LocalDate.ofInstant(end, zone)) : "expired";
    }

    /** The exact instant, for a title on hover: "Fri 18 Dec 2026, 09:14 UTC". */
    public String exact(Instant instant) {
        return instant == null ? "" : EXACT.format(ZonedDateTime.ofInstant(instant, zone));
    }

    /** A quarter: "Q4 2026". */
    public String quarter(Quarter quarter) {
        return quarter == null ? "–" : "Q" + quarter.firstDay().get(IsoFields.QUARTER_OF_YEAR) + " "
                + quarter.firstDay().getYear();
    }

    /** A KPI period: "Week 48 (23–29 Nov)", "Week 49 (30 Nov – 6 Dec)", "November 2026", "Q4 2026 (Oct–Dec)". */
    public String period(Period period) {
        if (period == null) {
            return "–";
        }
        LocalDate first = period.firstDay();
        return switch (period.cadence()) {
            case WEEKLY -> "Week " + first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + " (" + span(first, first.plusDays(6))
                    + ")" + (first.plusDays(6).getYear() == today().getYear() ? "" : " " + first.plusDays(6).getYear());
            case MONTHLY -> MONTH.format(first);
            case QUARTERLY -> quarter(new Quarter(period.value())) + " (" + SHORT_MONTH.format(first) + "–"
                    + SHORT_MONTH.format(first.plusMonths(2)) + ")";
        };
    }

    /** A number with its grouping and no trailing zeros: "11,140", "3.5". */
    public String number(Number number) {
        if (number == null) {
            return "–";
        }
        BigDecimal exact = number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
        NumberFormat format = NumberFormat.getNumberInstance(LOCALE);
        format.setMaximumFractionDigits(Math.max(0, exact.stripTrailingZeros().scale()));
        return format.format(exact);
    }

    /** A share out of 100 as people round it: "62%"; "–" for none. */
    public String percent(BigDecimal share) {
        return share == null ? "–" : share.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * Measured progress beside the progress expected by today: "62% done, 70% expected by today"; "Not measured yet,
     * 70% expected by today" for a priority without measures.
     */
    public String progress(BigDecimal progress, BigDecimal expected) {
        return (progress == null ? "Not measured yet" : percent(progress) + " done") + ", " + percent(expected)
                + " expected by today";
    }

    /**
     * Measured progress as a past roll-up tells it, beside the progress expected by its day: "62% done, 70% expected
     * by then"; "Not measured then, 70% expected by then" for a priority nothing measured then.
     */
    public String progressThen(BigDecimal progress, BigDecimal expected) {
        return (progress == null ? "Not measured then" : percent(progress) + " done") + ", " + percent(expected)
                + " expected by then";
    }

    /** A number with its unit: "11,140 kEUR", "95%", or the bare number without a unit. */
    public String amount(Number number, String unit) {
        if (number == null) {
            return "–";
        }
        if (unit == null || unit.isBlank()) {
            return number(number);
        }
        return number(number) + (unit.equals("%") ? "" : " ") + unit;
    }

    /** A person's display name ({@code PersonId} or username), the username where the account has none. */
    public String person(Object person) {
        if (person == null) {
            return "nobody";
        }
        if (known == null) {
            known = names.get();
        }
        return known.of(person instanceof PersonId id ? id.value() : person.toString());
    }

    private String span(LocalDate first, LocalDate last) {
        return first.getMonth() == last.getMonth()
                ? DAY_OF_MONTH.format(first) + "–" + DAY_AND_MONTH.format(last)
                : DAY_AND_MONTH.format(first) + " – " + DAY_AND_MONTH.format(last);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    private static String plural(long count, String unit) {
        return count + " " + unit + (count == 1 ? "" : "s");
    }

    /** A role kept by name (accounts hold them as text): "Administrator" for {@code ADMIN}. */
    public String role(String role) {
        return role == null ? "–" : label(Role.valueOf(role));
    }

    /** A period where room is short, as a grid's column: "W48", "Nov", "Nov 2025", "Q4", "Q4 2025"; full in a title. */
    public String periodShort(Period period) {
        if (period == null) {
            return "–";
        }
        LocalDate first = period.firstDay();
        String year = first.getYear() == today().getYear() ? "" : " " + first.getYear();
        return switch (period.cadence()) {
            case WEEKLY -> "W" + first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            case MONTHLY -> SHORT_MONTH.format(first) + year;
            case QUARTERLY -> "Q" + first.get(IsoFields.QUARTER_OF_YEAR) + year;
        };
    }
}
