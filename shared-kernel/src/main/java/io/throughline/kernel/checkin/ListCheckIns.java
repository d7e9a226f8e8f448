package io.throughline.kernel.checkin;

import io.throughline.kernel.PersonId;

/**
 * Answered with the check-ins of the person and/or leader given (all of them when neither is), oldest first.
 * The viewer decides whether the notes are shown.
 */
public record ListCheckIns(PersonId personId, PersonId leaderId, Viewer viewer) {
}
