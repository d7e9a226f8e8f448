package io.throughline.kernel.nudge;

import io.throughline.kernel.Confidential;
import io.throughline.kernel.team.TeamId;

/**
 * @param url null when taken away. Confidential: whoever has the address can post to the team's channel, so the audit
 *            trail says that it changed, not what it is
 */
public record TeamWebhookSet(TeamId teamId, @Confidential String url) {
}
