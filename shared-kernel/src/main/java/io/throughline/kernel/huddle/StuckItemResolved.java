package io.throughline.kernel.huddle;

import io.throughline.kernel.team.TeamId;

public record StuckItemResolved(TeamId teamId, StuckItemId itemId, String resolution) {
}
