package io.throughline.kernel.person;

import io.throughline.kernel.PersonId;

/** A person was given a password; who gave it is the event's actor. Never the password or its hash. */
public record PasswordSet(PersonId personId) {
}
