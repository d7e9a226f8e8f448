package io.throughline.kernel.me;

import io.throughline.kernel.PersonId;

/**
 * Answered with {@link MyWeek}: what a leader's week asks of them, across every team. Their open commitments and
 * direct reports are answered by the check-in queries ({@code GetOpenCommitments}, {@code GetDirectReports}).
 *
 * @param kpiPage which page of the KPIs they own, by name, {@link #KPIS_PER_PAGE} a page, the first being 0: an owner
 *                of a thousand KPIs is shown them a page at a time, not in one page of megabytes
 */
public record GetMyWeek(PersonId personId, int kpiPage) {

    public static final int KPIS_PER_PAGE = 25;

    public GetMyWeek {
        if (kpiPage < 0) {
            throw new IllegalArgumentException("kpiPage must not be negative");
        }
    }

    /** The week with the first page of KPIs. */
    public GetMyWeek(PersonId personId) {
        this(personId, 0);
    }
}
