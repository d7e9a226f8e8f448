package io.throughline.kernel.nudge;

public record NotificationDefaultsSet(String organisationId, NotificationDefaults defaults) {
}
