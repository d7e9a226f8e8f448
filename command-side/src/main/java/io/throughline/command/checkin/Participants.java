package io.throughline.command.checkin;

import io.throughline.kernel.PersonId;

/** The two people of a check-in: who may act on its commitments. */
public record Participants(PersonId leaderId, PersonId personId) {

    public boolean include(PersonId person) {
        return person.equals(leaderId) || person.equals(personId);
    }
}
