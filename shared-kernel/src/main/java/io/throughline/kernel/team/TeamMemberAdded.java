package io.throughline.kernel.team;

import io.throughline.kernel.PersonId;

public record TeamMemberAdded(TeamId teamId, PersonId personId) {
}
