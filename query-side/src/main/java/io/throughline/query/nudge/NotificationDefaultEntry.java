package io.throughline.query.nudge;

import io.throughline.kernel.nudge.NotificationDefaults;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DayOfWeek;
import java.time.Instant;

/** The row of {@code notification_default}: the organisation's nudges as an admin last set them. */
@Entity
@Table(name = "notification_default")
public class NotificationDefaultEntry {

    @Id
    private String organisationId;
    @Enumerated(EnumType.STRING)
    private DayOfWeek digestDay;
    private int digestHour;
    private String timeZone;
    @Embedded
    private ChoiceColumns choices;
    private Instant setAt;

    protected NotificationDefaultEntry() {
        // for JPA
    }

    NotificationDefaultEntry(String organisationId) {
        this.organisationId = organisationId;
    }

    void set(NotificationDefaults defaults, Instant at) {
        digestDay = defaults.digestDay();
        digestHour = defaults.digestHour();
        timeZone = defaults.timeZone();
        choices = new ChoiceColumns(defaults.choices());
        setAt = at;
    }

    NotificationDefaults defaults() {
        return new NotificationDefaults(digestDay, digestHour, timeZone, choices.choices());
    }
}
