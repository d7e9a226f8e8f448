package io.throughline.kernel.decision;

/** A decision right held by a role in the team rather than by a named person: whoever fills it when a decision is taken. */
public enum HolderRole {
    /** The team's lead. */
    LEAD,
    /** Anyone in the team: its lead or a member. */
    MEMBER
}
