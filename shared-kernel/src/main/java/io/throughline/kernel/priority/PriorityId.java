package io.throughline.kernel.priority;

import io.throughline.kernel.TextValue;

public record PriorityId(String value) implements TextValue {

    public PriorityId {
        value = TextValue.requireText(value, "priority id");
    }

    @Override
    public String toString() {
        return value;
    }
}
