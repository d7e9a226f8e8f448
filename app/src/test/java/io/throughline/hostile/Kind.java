package io.throughline.hostile;

/** What a value in a request must be, which decides what makes it wrong. */
enum Kind {
    /** Free text, short (names, titles, units, categories) or long (comments, reasons, notes...). */
    NAME, TEXT,
    /** Any person id: people are not checked against the accounts, so only its form can be wrong. */
    PERSON,
    /** A person who must lead or belong to the team, or be the sender: anyone else is refused. */
    TEAM_PERSON,
    /** Ids of things that must exist in the sender's organisation. */
    TEAM, PRIORITY, METRIC, CHECK_IN, STUCK_ITEM,
    /** A priority that must exist, of any team. */
    ANY_PRIORITY,
    /** A decision category the team holds a right for (revoking one). */
    HELD_CATEGORY,
    ENUM, DATE, NUMBER, COUNT, QUARTER, PERIOD,
    /** Lists. */
    PERSONS, PRIORITIES, TEXTS, OBJECTS, ROLES,
    /** Accounts: an existing username (in a path), a new one, a password; an access token's id. */
    USERNAME, NEW_USERNAME, PASSWORD, TOKEN,
    /** A commitment's place in its check-in (in a path). */
    INDEX,
    /** A projection's name (in a path). */
    PROJECTION;

    boolean isList() {
        return this == PERSONS || this == PRIORITIES || this == TEXTS || this == OBJECTS || this == ROLES;
    }

    /** Kinds read as JSON strings (ids, enums, dates and text alike). */
    boolean isTextual() {
        return !isList() && this != NUMBER && this != COUNT && this != INDEX;
    }

    /** Ids of things that must exist: an unknown one, or one of another kind, is refused. */
    boolean isReference() {
        return this == TEAM || this == PRIORITY || this == METRIC || this == CHECK_IN || this == STUCK_ITEM
                || this == ANY_PRIORITY;
    }
}
