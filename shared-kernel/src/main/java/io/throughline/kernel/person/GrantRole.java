package io.throughline.kernel.person;

import io.throughline.kernel.AnyPerson;
import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record GrantRole(@TargetAggregateIdentifier @AnyPerson PersonId personId, Role role) {
}
