package io.throughline.query.nudge;

import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationDefaults;
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
    private boolean email;
    private boolean chat;
    private boolean digest;
    private boolean notices;
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
        email = defaults.choices().email();
        chat = defaults.choices().chat();
        digest = defaults.choices().digest();
        notices = defaults.choices().notices();
        setAt = at;
    }

    NotificationDefaults defaults() {
        return new NotificationDefaults(digestDay, digestHour, timeZone,
                new NotificationChoices(email, chat, digest, notices));
    }
}
