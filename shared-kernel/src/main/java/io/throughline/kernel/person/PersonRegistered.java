package io.throughline.kernel.person;

import io.throughline.kernel.PersonId;

/** Someone became a person of the organisation; their roles follow as {@link RoleGranted} events. */
public record PersonRegistered(PersonId personId, String displayName) {
}
