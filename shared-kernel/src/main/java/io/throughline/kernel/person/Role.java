package io.throughline.kernel.person;

/** What a person may do; stored in the accounts projection as the authority {@code ROLE_<NAME>}. */
public enum Role {
    ADMIN,
    LEADER,
    /** Owns priorities and KPIs of their teams and reports on them, without assigning or organising. */
    MEMBER,
    AUDITOR,
    ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }
}
