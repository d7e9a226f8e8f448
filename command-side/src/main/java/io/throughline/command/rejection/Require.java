package io.throughline.command.rejection;

import io.throughline.kernel.Change;
import io.throughline.kernel.FieldPath;
import io.throughline.kernel.progress.Weights;

import java.math.BigDecimal;

/** Checks of command fields shared by every aggregate; each failure names the field (see {@link CommandRejectedException}). */
public final class Require {

    private Require() {
    }

    /** The text, stripped of surrounding blanks; it must have some. */
    public static String text(String field, String value) {
        return text(FieldPath.of(field), value);
    }

    public static String text(FieldPath field, String value) {
        if (value == null || value.isBlank()) {
            throw CommandRejectedException.invalid(field, "must not be blank");
        }
        return value.strip();
    }

    /** Optional text: blank becomes absent, anything else is stripped. */
    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A change that changes something: a command that would store an event saying nothing is refused. */
    public static <T> Change<T> changes(String field, Change<T> change) {
        if (change == null) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, field, "already has that value; nothing would change");
        }
        return change;
    }

    /** A weight of measured progress, when one is given: more than 0 and at most {@link Weights#MAX}. */
    public static BigDecimal optionalWeight(String field, BigDecimal weight) {
        if (weight != null && !Weights.isValid(weight)) {
            throw CommandRejectedException.invalid(field, "must be more than 0 and at most " + Weights.MAX
                    + ", was " + weight.toPlainString());
        }
        return weight;
    }

    public static <T> T present(String field, T value) {
        return present(FieldPath.of(field), value);
    }

    public static <T> T present(FieldPath field, T value) {
        if (value == null) {
            throw CommandRejectedException.invalid(field, "is required");
        }
        return value;
    }
}
