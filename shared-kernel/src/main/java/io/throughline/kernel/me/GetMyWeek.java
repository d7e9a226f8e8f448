package io.throughline.kernel.me;

import io.throughline.kernel.PersonId;

/**
 * Answered with {@link MyWeek}: what a leader's week asks of them, across every team. Their open commitments and
 * direct reports are answered by the check-in queries ({@code GetOpenCommitments}, {@code GetDirectReports}).
 */
public record GetMyWeek(PersonId personId) {
}
