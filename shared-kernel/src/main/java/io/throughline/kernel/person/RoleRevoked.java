package io.throughline.kernel.person;

import io.throughline.kernel.PersonId;

public record RoleRevoked(PersonId personId, Role role) {
}
