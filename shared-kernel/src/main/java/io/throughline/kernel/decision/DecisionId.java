package io.throughline.kernel.decision;

import io.throughline.kernel.TextValue;

public record DecisionId(String value) implements TextValue {

    public DecisionId {
        value = TextValue.requireText(value, "decision id");
    }

    @Override
    public String toString() {
        return value;
    }
}
