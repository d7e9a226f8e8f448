package io.throughline.kernel.person;

import io.throughline.kernel.PersonId;

public record RoleGranted(PersonId personId, Role role) {
}
