package io.throughline.kernel.team;

import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AddTeamMember(@TargetAggregateIdentifier TeamId teamId, PersonId personId) {
}
