package io.throughline.kernel.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Puts a team under another parent; the tree must stay a tree (no team under itself or its descendants). */
public record MoveTeam(@TargetAggregateIdentifier TeamId teamId, TeamId newParentTeamId) {
}
