package io.throughline.kernel.metric;

import io.throughline.kernel.TextValue;

public record MetricId(String value) implements TextValue {

    public MetricId {
        value = TextValue.requireText(value, "metric id");
    }

    @Override
    public String toString() {
        return value;
    }
}
