package io.throughline.command.decision;

import io.throughline.command.rejection.Rule;

/** The rules of a team's decision rights and decision log. */
public enum DecisionRule implements Rule {
    /** A decision lists each person it consulted once. */
    CONSULTED_ONCE,
    /** Only a right someone holds can be revoked. */
    ONLY_HELD_RIGHTS_REVOKED;
}
