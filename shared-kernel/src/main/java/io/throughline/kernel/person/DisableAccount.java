package io.throughline.kernel.person;

import io.throughline.kernel.AnyPerson;
import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person can no longer sign in, nor be named as owner, lead or member of anything new. */
public record DisableAccount(@TargetAggregateIdentifier @AnyPerson PersonId personId) {
}
