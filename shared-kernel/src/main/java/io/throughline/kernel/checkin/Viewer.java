package io.throughline.kernel.checkin;

import io.throughline.kernel.PersonId;

/** Who asks for check-ins, as the read side needs to know it: notes are theirs only if they took part or audit. */
public record Viewer(PersonId person, boolean auditor) {

    public boolean mayReadNotesOf(PersonId leaderId, PersonId personId) {
        return auditor || person.equals(leaderId) || person.equals(personId);
    }
}
