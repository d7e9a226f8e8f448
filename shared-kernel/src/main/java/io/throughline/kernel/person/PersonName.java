package io.throughline.kernel.person;

import io.throughline.kernel.PersonId;

/**
 * A person as pages offer them for choice: the name to show (the username when the account has no display name) and
 * whether the account is active (only active people can be named owner, lead or member).
 */
public record PersonName(PersonId id, String displayName, boolean active) {
}
