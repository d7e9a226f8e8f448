package io.throughline.command.quarter;

import io.throughline.command.rejection.Rule;

/** The rules of closing and reopening a team's quarter. */
public enum TeamQuarterRule implements Rule {
    /** Closing decides every open priority of the team and quarter, each once, and nothing else. */
    DECISION_FOR_EVERY_OPEN_PRIORITY,
    /** A missed priority says what was learned. */
    MISSED_NEEDS_REFLECTION,
    /** A closed quarter accepts no new priority, no status report and no reinstatement until reopened. */
    CLOSED_QUARTER_ACCEPTS_NOTHING,
    /** Only a closed quarter can be reopened. */
    ONLY_CLOSED_QUARTER_REOPENED;
}
