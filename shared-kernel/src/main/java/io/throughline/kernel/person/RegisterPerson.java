package io.throughline.kernel.person;

import io.throughline.kernel.AnyPerson;
import io.throughline.kernel.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Set;

/**
 * Makes someone a person of the organisation, who can sign in with the roles given and be named as owner or lead.
 *
 * @param email where notices reach them; optional (blank is none)
 */
public record RegisterPerson(@TargetAggregateIdentifier @AnyPerson PersonId personId, String displayName, Set<Role> roles,
                             String email) {
}
