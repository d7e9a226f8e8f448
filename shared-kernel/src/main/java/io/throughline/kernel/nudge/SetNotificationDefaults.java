package io.throughline.kernel.nudge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An admin sets the organisation's nudges; there is one organisation, {@link #ORGANISATION}. */
public record SetNotificationDefaults(@TargetAggregateIdentifier String organisationId, NotificationDefaults defaults) {

    public static final String ORGANISATION = "organisation";

    public SetNotificationDefaults(NotificationDefaults defaults) {
        this(ORGANISATION, defaults);
    }
}
