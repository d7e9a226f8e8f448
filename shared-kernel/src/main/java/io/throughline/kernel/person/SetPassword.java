package io.throughline.kernel.person;

import io.throughline.kernel.AnyPerson;
import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a person was given a password, their first or a new one. Neither the password nor its hash is part of
 * the command or its event: the hash is kept beside the accounts, outside the log.
 */
public record SetPassword(@TargetAggregateIdentifier @AnyPerson PersonId personId) {
}
