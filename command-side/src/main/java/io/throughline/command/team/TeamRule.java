package io.throughline.command.team;

import io.throughline.command.rejection.Rule;

/** The rules of the organisation tree. */
public enum TeamRule implements Rule {
    /** The organisation stays a tree: no team under itself or below. */
    TEAM_TREE_WITHOUT_CYCLES,
    /** A person belongs to a team once. */
    MEMBER_ONCE,
    /** Only a member can be removed. */
    ONLY_MEMBERS_REMOVED;
}
