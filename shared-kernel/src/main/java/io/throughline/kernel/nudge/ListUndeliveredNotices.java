package io.throughline.kernel.nudge;

/** Answered with an {@link UndeliveredNotice} per notice whose delivery failed and is being retried, oldest first. */
public record ListUndeliveredNotices() {
}
