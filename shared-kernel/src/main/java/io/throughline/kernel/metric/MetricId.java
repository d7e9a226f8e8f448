package io.throughline.kernel.metric;

import io.throughline.kernel.TextValue;

public record MetricId(String value) implements TextValue {

    public MetricId {
        value = TextValue.requireText(value, "metric id");
    }

    public static MetricId generate() {
        return new MetricId(TextValue.newId());
    }

    @Override
    public String toString() {
        return value;
    }
}
