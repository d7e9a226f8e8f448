package io.throughline.kernel.nudge;

import io.throughline.kernel.team.TeamId;

/** Whether the team has a chat webhook, and since when: answered by a {@link TeamChatWebhook}, never its address. */
public record GetTeamWebhook(TeamId teamId) {
}
