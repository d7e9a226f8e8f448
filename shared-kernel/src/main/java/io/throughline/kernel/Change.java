package io.throughline.kernel;

import java.util.Objects;

/**
 * A field's value before and after an event. Events that modify state carry their changes in this form, so the
 * audit trail shows both sides without reconstructing earlier state.
 */
public record Change<T>(T before, T after) {

    /** The change from {@code before} to {@code after}, or {@code null} when they are equal: nothing changes. */
    public static <T> Change<T> between(T before, T after) {
        return Objects.equals(before, after) ? null : new Change<>(before, after);
    }

    /** The value after an optional change: the change's new value, or {@code current} when nothing changed. */
    public static <T> T valueAfter(Change<T> change, T current) {
        return change == null ? current : change.after();
    }
}
