package io.throughline.kernel.nudge;

import io.throughline.kernel.PersonId;

public record NotificationsChosen(PersonId personId, NotificationChoices choices) {
}
