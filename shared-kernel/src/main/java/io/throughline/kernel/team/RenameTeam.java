package io.throughline.kernel.team;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RenameTeam(@TargetAggregateIdentifier TeamId teamId, String name) {
}
