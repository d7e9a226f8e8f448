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
    /** Only a lead or member of a priority's team, or of a team below it, can own it. */
    OWNER_IN_TEAM,
    /** Changing or realigning a priority that has a status report, or is past half its quarter, needs a reason. */
    REASON_FOR_MOVED_GOALPOST,
    /** Each milestone of a priority has its own id. */
    MILESTONE_ID_UNIQUE,
    /** A milestone that is done stays as it was reached; it can only be removed. */
    DONE_MILESTONE_STAYS_AS_REACHED,
    /** A priority may also contribute to priorities of other teams (lateral alignment), but not to itself... */
    CONTRIBUTION_NOT_TO_ITSELF,
    /** ...nor to its parent, which it already serves through the cascade... */
    CONTRIBUTION_NOT_TO_PARENT,
    /** ...only to a priority of its own quarter... */
    CONTRIBUTION_IN_SAME_QUARTER,
    /** ...of its own organisation (under the same root team)... */
    CONTRIBUTION_IN_ORGANISATION,
    /** ...that is still open... */
    CONTRIBUTION_TARGET_OPEN,
    /** ...and once to each. */
    CONTRIBUTION_UNIQUE,
    /** A priority is not realigned under a priority it contributes to: a parent is never also a lateral link. */
    PARENT_NOT_CONTRIBUTED_TO,
    /** A carried-over priority lives on in its successor: it is not reinstated. */
    CARRIED_OVER_LIVES_ON_IN_SUCCESSOR,
    /** A priority serves an existing annual goal of its own team or of a team above it... */
    ANNUAL_GOAL_OF_TEAM_OR_ABOVE,
    /** ...set for the year its quarter falls in... */
    ANNUAL_GOAL_OF_QUARTERS_YEAR,
    /** ...and not retired. */
    ANNUAL_GOAL_STANDING;
}
