package io.throughline.kernel.priority;

import io.throughline.kernel.TextValue;

public record PriorityId(String value) implements TextValue {

    public PriorityId {
        value = TextValue.requireText(value, "priority id");
    }

    public static PriorityId generate() {
        return new PriorityId(TextValue.newId());
    }

    @Override
    public String toString() {
        return value;
    }
}
