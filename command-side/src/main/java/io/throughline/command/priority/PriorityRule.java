package io.throughline.command.priority;

import io.throughline.command.rejection.Rule;

/** The rules of a priority and of the cascade it serves. */
public enum PriorityRule implements Rule {
    /** A completed or dropped priority accepts nothing but being reinstated. */
    CLOSED_PRIORITY_ACCEPTS_ONLY_REINSTATEMENT,
    /** Only a completed or dropped priority can be reinstated. */
    ONLY_CLOSED_PRIORITY_REINSTATED,
    /** A priority's due date falls inside its quarter. */
    DUE_DATE_INSIDE_QUARTER,
    /** A priority serves a priority of the same quarter... */
    PARENT_IN_SAME_QUARTER,
    /** ...held by a team above its own... */
    PARENT_HELD_BY_TEAM_ABOVE,
    /** ...that is still open. */
    PARENT_OPEN,
    /** Only a lead or member of a priority's team can own it. */
    OWNER_IN_TEAM,
    /** A carried-over priority lives on in its successor: it is not reinstated. */
    CARRIED_OVER_LIVES_ON_IN_SUCCESSOR;
}
