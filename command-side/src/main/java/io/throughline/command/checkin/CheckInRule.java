package io.throughline.command.checkin;

import io.throughline.command.rejection.Rule;

/** The rules of 1-on-1 check-ins and their commitments. */
public enum CheckInRule implements Rule {
    /** A check-in is between a leader and someone else. */
    CHECK_IN_WITH_SOMEONE_ELSE,
    /** A commitment made in a check-in is due no earlier than the check-in. */
    COMMITMENT_DUE_FROM_CHECK_IN,
    /** Only an open commitment can be completed or dropped. */
    ONLY_OPEN_COMMITMENTS_CLOSED;
}
