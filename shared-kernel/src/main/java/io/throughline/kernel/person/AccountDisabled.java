package io.throughline.kernel.person;

import io.throughline.kernel.PersonId;

public record AccountDisabled(PersonId personId) {
}
