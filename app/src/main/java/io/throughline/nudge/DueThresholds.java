package io.throughline.nudge;

/**
 * When something counts as due, in days (throughline.nudges.*).
 *
 * @param unreported a priority with no status report for longer
 * @param dueSoon    a priority due within as many days
 * @param silent     a direct report without a check-in for longer
 * @param stuck      a stuck item open for longer
 */
record DueThresholds(int unreported, int dueSoon, int silent, int stuck) {
}
