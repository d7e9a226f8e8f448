package io.throughline.kernel.team;

import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record AppointTeamLead(@TargetAggregateIdentifier TeamId teamId, PersonId personId) {
}
