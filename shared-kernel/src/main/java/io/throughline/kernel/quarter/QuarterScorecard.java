package io.throughline.kernel.quarter;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;

import java.time.Instant;
import java.util.List;

/**
 * How a team's quarter ended, or stands while open: its priorities by outcome, in all and per owner.
 *
 * @param closedBy  who closed it; null while open
 * @param closedAt  when; null while open
 * @param reopenReason why it was last reopened, if it was
 */
public record QuarterScorecard(TeamId teamId, Quarter quarter, boolean closed, PersonId closedBy, Instant closedAt,
                               String reopenReason, Tally total, List<OwnerTally> owners) {

    /**
     * Priorities by outcome; {@code open} are those not yet decided. The shares are of the total, 0 when there is none.
     */
    public record Tally(int done, int missed, int dropped, int carried, int open, int total, double shareDone,
                        double shareMissed, double shareDropped, double shareCarried) {

        public static Tally of(int done, int missed, int dropped, int carried, int open) {
            int total = done + missed + dropped + carried + open;
            return new Tally(done, missed, dropped, carried, open, total, share(done, total), share(missed, total),
                    share(dropped, total), share(carried, total));
        }

        private static double share(int count, int total) {
            return total == 0 ? 0 : (double) count / total;
        }
    }

    public record OwnerTally(PersonId ownerId, Tally tally) {
    }
}
