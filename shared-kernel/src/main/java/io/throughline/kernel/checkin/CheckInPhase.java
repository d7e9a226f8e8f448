package io.throughline.kernel.checkin;

/** Which part of the leader's work with the person the check-in served. */
public enum CheckInPhase {
    FRAME,
    EMPOWER,
    TRACK,
    COACH
}
