package io.throughline.query.nudge;

import io.throughline.kernel.nudge.NotificationChoices;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A row of {@code notification_choice}: the nudges a person chose for themselves. */
@Entity
@Table(name = "notification_choice")
public class NotificationChoiceEntry {

    @Id
    private String personId;
    @Embedded
    private ChoiceColumns choices;
    private Instant chosenAt;

    protected NotificationChoiceEntry() {
        // for JPA
    }

    NotificationChoiceEntry(String personId) {
        this.personId = personId;
    }

    void choose(NotificationChoices choices, Instant at) {
        this.choices = new ChoiceColumns(choices);
        chosenAt = at;
    }

    String personId() {
        return personId;
    }

    NotificationChoices choices() {
        return choices.choices();
    }
}
