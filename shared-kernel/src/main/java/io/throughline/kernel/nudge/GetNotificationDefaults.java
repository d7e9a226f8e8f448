package io.throughline.kernel.nudge;

/** Answered with the organisation's {@link NotificationDefaults}. */
public record GetNotificationDefaults() {
}
