package io.throughline.kernel.huddle;

import io.throughline.kernel.team.TeamId;

/** Answered with an {@code Optional<HuddleCascade>}: the huddle cascade around the team, as of today. */
public record GetHuddleCascade(TeamId teamId) {
}
