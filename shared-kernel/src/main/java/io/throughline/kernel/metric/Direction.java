package io.throughline.kernel.metric;

public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
