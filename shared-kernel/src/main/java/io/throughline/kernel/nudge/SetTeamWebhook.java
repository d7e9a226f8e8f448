package io.throughline.kernel.nudge;

import io.throughline.kernel.team.TeamId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Where the team's chat nudges go: a Slack or Microsoft Teams incoming webhook (https); null or blank takes it away.
 */
public record SetTeamWebhook(@TargetAggregateIdentifier TeamId teamId, String url) {
}
