package io.throughline.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the service accepts, in one place: every limit on the size and range of input is here, and docs/reliability.md
 * tables them. The command side checks each command against them before any rule (CommandLimits), the accounts API
 * its own fields, and the HTTP layer the body size. They are constants, not settings: what one node accepts, every
 * node of a cluster must be able to store and project.
 */
public final class Limits {

    /** Bytes of a request body; a larger one is refused (413) before it is read to the end. */
    public static final int BODY_BYTES = 1024 * 1024;
    /** Characters of an id of any kind, person ids included (usernames have at most 50). */
    public static final int ID_LENGTH = 64;
    /** Characters of a name or title: names of teams, KPIs and tokens, units, categories, titles, display names. */
    public static final int NAME_LENGTH = 200;
    /** Characters of any other text: descriptions, comments, reasons, notes, outcomes, goals, wins, decisions. */
    public static final int TEXT_LENGTH = 10_000;
    /** Fields (of commands and of the requests carrying them) holding a name or title, held to {@link #NAME_LENGTH}. */
    public static final Set<String> NAME_FIELDS = Set.of("name", "title", "unit", "category", "displayName");
    /** Entries of any one list in a request: attendees, updates, stuck items, wins, goals, commitments, consulted... */
    public static final int LIST_SIZE = 100;
    /** Numbers (KPI values, targets, thresholds, scores) lie strictly between minus and plus this... */
    public static final BigDecimal NUMBER_BOUND = new BigDecimal("1e15");
    /** ...with at most this many decimals: beyond them a value says more than any measurement. */
    public static final int NUMBER_DECIMALS = 6;
    /** Dates, and the first days of quarters and periods, lie in these centuries. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2999, 12, 31);

    /**
     * The characters {@link #problemWithText} accepts, as a regular expression in the dialect of JSON Schema's
     * {@code pattern} (ECMA-262) and of Java: no control character but tab and line breaks. The API document states
     * it; half of a surrogate pair, which a pattern cannot name portably, is refused all the same.
     */
    public static final String TEXT_PATTERN = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";

    private Limits() {
    }

    /** The most characters a text field of a command or request holds: a name or title, or any other text. */
    public static int textLengthOf(String field) {
        return field != null && NAME_FIELDS.contains(field) ? NAME_LENGTH : TEXT_LENGTH;
    }

    /**
     * What is wrong with a text, or {@code null} if nothing: longer than {@code maxLength} characters (code points),
     * or holding a control character other than tab and line breaks (PostgreSQL cannot store U+0000 in text at all)
     * or half of a surrogate pair (it has no UTF-8 form, so it would be stored as something else).
     */
    public static String problemWithText(String text, int maxLength) {
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            return "must be at most " + maxLength + " characters, was " + length;
        }
        return text.codePoints().filter(Limits::unstorable).mapToObj(Limits::problemWithCharacter).findFirst().orElse(null);
    }

    /** What is wrong with a number, or {@code null} if nothing. */
    public static String problemWithNumber(BigDecimal number) {
        if (number.abs().compareTo(NUMBER_BOUND) >= 0) {
            return "must lie strictly between -" + NUMBER_BOUND.toPlainString() + " and " + NUMBER_BOUND.toPlainString();
        }
        if (number.stripTrailingZeros().scale() > NUMBER_DECIMALS) {
            return "must have at most " + NUMBER_DECIMALS + " decimals";
        }
        return null;
    }

    /** What is wrong with a date, or {@code null} if nothing. */
    public static String problemWithDate(LocalDate date) {
        if (date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE)) {
            return "must lie from " + EARLIEST_DATE + " to " + LATEST_DATE + ", was " + date;
        }
        return null;
    }

    private static boolean unstorable(int codePoint) {
        boolean control = Character.getType(codePoint) == Character.CONTROL
                && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
        return control || Character.getType(codePoint) == Character.SURROGATE;
    }

    private static String problemWithCharacter(int codePoint) {
        String name = String.format("U+%04X", codePoint);
        return Character.getType(codePoint) == Character.SURROGATE
                ? "holds " + name + ", half of a surrogate pair, which no text encoding can store"
                : "holds the control character " + name + ", which is not text";
    }
}
