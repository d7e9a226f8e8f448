package io.throughline.command.person;

import io.throughline.command.rejection.Rule;

/** The rules of people and their accounts. */
public enum PersonRule implements Rule {
    /** Whoever a command names (owner, lead, member, attendee...) is a registered person whose account is enabled. */
    PERSON_KNOWN,
    /** A person is registered once: a username names one person for good. */
    PERSON_REGISTERED_ONCE,
    /** A person holds a role once. */
    ROLE_GRANTED_ONCE,
    /** Only a role a person holds can be revoked. */
    ONLY_HELD_ROLES_REVOKED;
}
