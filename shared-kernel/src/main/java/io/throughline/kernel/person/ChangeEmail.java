package io.throughline.kernel.person;

import io.throughline.kernel.AnyPerson;
import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives a person a new e-mail address, or takes theirs away ({@code null} or blank). */
public record ChangeEmail(@TargetAggregateIdentifier @AnyPerson PersonId personId, String email) {
}
