package io.throughline.kernel.huddle;

import io.throughline.kernel.TextValue;

public record StuckItemId(String value) implements TextValue {

    public StuckItemId {
        value = TextValue.requireText(value, "stuck item id");
    }

    @Override
    public String toString() {
        return value;
    }
}
