package io.throughline.kernel.person;

import io.throughline.kernel.PersonId;

/** A person's e-mail address is now {@code email}; {@code null} when they no longer have one. */
public record EmailChanged(PersonId personId, String email) {
}
