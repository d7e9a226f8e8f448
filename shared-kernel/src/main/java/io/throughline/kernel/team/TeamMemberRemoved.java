package io.throughline.kernel.team;

import io.throughline.kernel.PersonId;

public record TeamMemberRemoved(TeamId teamId, PersonId personId) {
}
