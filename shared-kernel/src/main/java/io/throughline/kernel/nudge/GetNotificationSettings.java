package io.throughline.kernel.nudge;

import io.throughline.kernel.PersonId;

/** Answered with {@link NotificationSettings}. */
public record GetNotificationSettings(PersonId personId) {
}
