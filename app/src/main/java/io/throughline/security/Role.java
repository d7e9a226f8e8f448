package io.throughline.security;

/** What a person may do; stored as the authority {@code ROLE_<NAME>}. */
public enum Role {
    ADMIN,
    LEADER,
    AUDITOR,
    ANALYST;

    public String authority() {
        return "ROLE_" + name();
    }
}
