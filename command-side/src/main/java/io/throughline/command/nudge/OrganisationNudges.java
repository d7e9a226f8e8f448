package io.throughline.command.nudge;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.CommonRule;
import io.throughline.command.rejection.Require;
import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationDefaults;
import io.throughline.kernel.nudge.NotificationDefaultsSet;
import io.throughline.kernel.nudge.SetNotificationDefaults;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.DateTimeException;
import java.time.ZoneId;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The organisation's nudges (when the weekly digest goes out, and everyone's choices until they make their own):
 * an aggregate of their own so that each change is an event the audit log tells, like an account's.
 */
@Aggregate
public class OrganisationNudges {

    @AggregateIdentifier
    private String id;
    private NotificationDefaults defaults = NotificationDefaults.DEFAULT;

    protected OrganisationNudges() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(SetNotificationDefaults command) {
        NotificationDefaults given = Require.present("defaults", command.defaults());
        Require.present("digestDay", given.digestDay());
        Require.present("timeZone", given.timeZone());
        NotificationChoices choices = Require.present("choices", given.choices());
        if (given.digestHour() < 0 || given.digestHour() > 23) {
            throw CommandRejectedException.invalid("digestHour", "must be from 0 to 23, was " + given.digestHour());
        }
        try {
            ZoneId.of(given.timeZone());
        } catch (DateTimeException unknown) {
            throw CommandRejectedException.invalid("timeZone", "must be a time zone such as Europe/Oslo or UTC, was '"
                    + given.timeZone() + "'");
        }
        NotificationDefaults set = new NotificationDefaults(given.digestDay(), given.digestHour(), given.timeZone(),
                choices);
        if (id != null && set.equals(defaults)) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null,
                    "these are the organisation's nudges already");
        }
        apply(new NotificationDefaultsSet(SetNotificationDefaults.ORGANISATION, set));
    }

    @EventSourcingHandler
    void on(NotificationDefaultsSet event) {
        id = event.organisationId();
        defaults = event.defaults();
    }
}
