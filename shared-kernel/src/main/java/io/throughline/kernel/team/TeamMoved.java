package io.throughline.kernel.team;

import io.throughline.kernel.Change;

public record TeamMoved(TeamId teamId, Change<TeamId> parentTeamId) {
}
