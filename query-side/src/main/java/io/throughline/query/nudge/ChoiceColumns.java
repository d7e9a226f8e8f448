package io.throughline.query.nudge;

import io.throughline.kernel.nudge.NotificationChoices;
import jakarta.persistence.Embeddable;

/** The four columns of a choice of nudges, the same in a person's row and in the organisation's. */
@Embeddable
class ChoiceColumns {

    private boolean email;
    private boolean chat;
    private boolean digest;
    private boolean notices;

    protected ChoiceColumns() {
        // for JPA
    }

    ChoiceColumns(NotificationChoices choices) {
        email = choices.email();
        chat = choices.chat();
        digest = choices.digest();
        notices = choices.notices();
    }

    NotificationChoices choices() {
        return new NotificationChoices(email, chat, digest, notices);
    }
}
