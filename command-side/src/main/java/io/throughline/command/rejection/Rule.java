package io.throughline.command.rejection;

import java.util.Locale;

/**
 * The business rules a command can break or clash with, each named in the refusal ({@code rule} in the problem body)
 * so that clients can tell them apart without parsing sentences.
 */
public enum Rule {
    /** A command that would store an event saying nothing is refused. */
    MUST_CHANGE_SOMETHING,
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
    /** The organisation stays a tree: no team under itself or below. */
    TEAM_TREE_WITHOUT_CYCLES,
    /** A person belongs to a team once. */
    MEMBER_ONCE,
    /** Only a member can be removed. */
    ONLY_MEMBERS_REMOVED,
    /** A team frames its plan for a quarter once, then reframes it. */
    PLAN_FRAMED_ONCE,
    /** A metric has one value per period; a recorded value is corrected, not recorded again. */
    ONE_VALUE_PER_PERIOD,
    /** Only a recorded value can be corrected. */
    ONLY_RECORDED_VALUES_CORRECTED,
    /** A retired metric accepts nothing. */
    RETIRED_METRIC_ACCEPTS_NOTHING,
    /** Red lies on the bad side of green for the metric's direction. */
    THRESHOLDS_FOLLOW_DIRECTION,
    /** A metric tells the progress of a priority of its own team. */
    METRIC_PRIORITY_OF_OWN_TEAM,
    /** A team holds one huddle a day. */
    ONE_HUDDLE_PER_DAY,
    /** A huddle is recorded once it has been held, not before. */
    HUDDLE_NOT_IN_FUTURE,
    /** A huddle is facilitated by the team's lead or one of its members. */
    FACILITATOR_IN_TEAM,
    /** A stuck item is resolved once. */
    STUCK_ITEM_RESOLVED_ONCE,
    /** A decision lists each person it consulted once. */
    CONSULTED_ONCE,
    /** Only a right someone holds can be revoked. */
    ONLY_HELD_RIGHTS_REVOKED,
    /** A check-in is between a leader and someone else. */
    CHECK_IN_WITH_SOMEONE_ELSE,
    /** A commitment made in a check-in is due no earlier than the check-in. */
    COMMITMENT_DUE_FROM_CHECK_IN,
    /** Only an open commitment can be completed or dropped. */
    ONLY_OPEN_COMMITMENTS_CLOSED,
    /** A person is registered once: a username names one person for good. */
    PERSON_REGISTERED_ONCE,
    /** A person holds a role once. */
    ROLE_GRANTED_ONCE,
    /** Only a role a person holds can be revoked. */
    ONLY_HELD_ROLES_REVOKED,
    /** Whoever a command names (owner, lead, member, attendee...) is a registered person whose account is enabled. */
    PERSON_KNOWN,
    /** An idempotency key stands for one request. */
    IDEMPOTENCY_KEY_FOR_ONE_REQUEST;

    /** The rule's name as clients see it, e.g. {@code due-date-inside-quarter}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
