package io.throughline.kernel.priority;

import io.throughline.kernel.TextValue;

/** A milestone of one priority; unique within its priority. */
public record MilestoneId(String value) implements TextValue {

    public MilestoneId {
        value = TextValue.requireText(value, "milestone id");
    }

    @Override
    public String toString() {
        return value;
    }
}
