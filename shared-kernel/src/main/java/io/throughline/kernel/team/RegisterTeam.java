package io.throughline.kernel.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a team to the organisation tree; a team without a parent is the root (the company). */
public record RegisterTeam(@TargetAggregateIdentifier TeamId teamId, String name, TeamId parentTeamId) {
}
