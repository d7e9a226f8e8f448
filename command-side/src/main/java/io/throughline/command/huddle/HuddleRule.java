package io.throughline.command.huddle;

import io.throughline.command.rejection.Rule;

/** The rules of a team's huddles and stuck items. */
public enum HuddleRule implements Rule {
    /** A team holds one huddle a day. */
    ONE_HUDDLE_PER_DAY,
    /** A huddle is recorded once it has been held, not before. */
    HUDDLE_NOT_IN_FUTURE,
    /** A huddle is facilitated by the team's lead, one of its members, or the lead of a team above it. */
    FACILITATOR_IN_TEAM,
    /** A stuck item is resolved once. */
    STUCK_ITEM_RESOLVED_ONCE;
}
