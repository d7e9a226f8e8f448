package io.throughline.kernel.nudge;

import io.throughline.kernel.team.TeamId;

import java.time.Instant;

/**
 * A team's chat webhook as pages show it: only when it was set ({@code null}: none), since its address lets anyone who
 * reads it post to the team's channel.
 */
public record TeamChatWebhook(TeamId teamId, Instant setAt) {
}
