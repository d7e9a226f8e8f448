package io.throughline.kernel.person;

import io.throughline.kernel.AnyPerson;
import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RevokeRole(@TargetAggregateIdentifier @AnyPerson PersonId personId, Role role) {
}
