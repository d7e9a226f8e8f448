package io.throughline.kernel.team;

import io.throughline.kernel.TextValue;

public record TeamId(String value) implements TextValue {

    public TeamId {
        value = TextValue.requireText(value, "team id");
    }

    @Override
    public String toString() {
        return value;
    }
}
