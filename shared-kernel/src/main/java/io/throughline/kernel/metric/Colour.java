package io.throughline.kernel.metric;

/** How a value reads against its metric's thresholds. */
public enum Colour {
    GREEN,
    YELLOW,
    RED
}
