package io.throughline.kernel.team;

import io.throughline.kernel.AnyPerson;
import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A former person can still be removed from the teams they belonged to. */
public record RemoveTeamMember(@TargetAggregateIdentifier TeamId teamId, @AnyPerson PersonId personId) {
}
