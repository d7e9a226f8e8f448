package io.throughline.command.rejection;

/** The rules every feature holds to. */
public enum CommonRule implements Rule {
    /** A command that would store an event saying nothing is refused. */
    MUST_CHANGE_SOMETHING;
}
