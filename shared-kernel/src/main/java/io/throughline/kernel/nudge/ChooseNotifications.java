package io.throughline.kernel.nudge;

import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A person's own channels and kinds of nudges, in place of the organisation's defaults. */
public record ChooseNotifications(@TargetAggregateIdentifier PersonId personId, NotificationChoices choices) {
}
