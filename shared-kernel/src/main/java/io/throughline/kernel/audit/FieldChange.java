package io.throughline.kernel.audit;

/** A field's value before and after an event, as text; {@code null} where the field had or has no value. */
public record FieldChange(String before, String after) {
}
