package io.throughline.kernel.huddle;

import io.throughline.kernel.TextValue;

public record HuddleId(String value) implements TextValue {

    public HuddleId {
        value = TextValue.requireText(value, "huddle id");
    }

    @Override
    public String toString() {
        return value;
    }
}
