package io.throughline.kernel.decision;

import io.throughline.kernel.PersonId;

/** Who holds a decision right: a role of the team or a named person, exactly one of the two. */
public record RightHolder(HolderRole role, PersonId personId) {

    public static RightHolder of(HolderRole role) {
        return new RightHolder(role, null);
    }

    public static RightHolder of(PersonId person) {
        return new RightHolder(null, person);
    }

    /** In words, for the reasons of flagged decisions and the audit trail: "the team lead", "any member", or the person. */
    @Override
    public String toString() {
        if (personId != null) {
            return personId.value();
        }
        return role == HolderRole.LEAD ? "the team lead" : "any member";
    }
}
