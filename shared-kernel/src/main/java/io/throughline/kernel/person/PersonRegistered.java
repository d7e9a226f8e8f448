package io.throughline.kernel.person;

import io.throughline.kernel.PersonId;

/**
 * Someone became a person of the organisation; their roles follow as {@link RoleGranted} events.
 *
 * @param email where notices reach them, or {@code null}: none given (and in every event stored before people had
 *              addresses)
 */
public record PersonRegistered(PersonId personId, String displayName, String email) {
}
