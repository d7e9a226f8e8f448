package io.throughline.query.quarter;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.quarter.GetQuarterScorecard;
import io.throughline.kernel.quarter.QuarterClosed;
import io.throughline.kernel.quarter.QuarterReopened;
import io.throughline.kernel.quarter.QuarterScorecard;
import io.throughline.kernel.quarter.QuarterScorecard.OwnerTally;
import io.throughline.kernel.quarter.QuarterScorecard.Tally;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.priority.KnownPriorities;
import io.throughline.query.priority.PriorityEntryRepository;
import io.throughline.query.support.InMemoryRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterProjectionTest {

    private static final TeamId SALES = new TeamId("sales");
    private static final Quarter Q3 = new Quarter("2026-Q3");
    private static final PersonId DANA = new PersonId("dana");
    private static final PersonId ELI = new PersonId("eli");
    private static final PriorityId LOGOS = new PriorityId("logos");
    private static final PriorityId RENEWALS = new PriorityId("renewals");
    private static final PriorityId EVENTS = new PriorityId("events");
    private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

    private final PriorityEntryRepository priorities = KnownPriorities.of(
            new PriorityAssigned(LOGOS, SALES, Q3, "Win logos", ELI, null, null, null, null),
            new PriorityAssigned(RENEWALS, SALES, Q3, "Renewals", DANA, null, null, null, null),
            new PriorityAssigned(EVENTS, SALES, Q3, "Events", ELI, null, null, null, null));
    private final QuarterProjection projection = new QuarterProjection(
            InMemoryRepository.of(QuarterEntryRepository.class, QuarterEntry.class), priorities);

    @Test
    void anOpenQuarterCountsItsPrioritiesAsOpen() {
        QuarterScorecard scorecard = projection.handle(new GetQuarterScorecard(SALES, Q3));

        assertThat(scorecard.closed()).isFalse();
        assertThat(scorecard.total()).isEqualTo(Tally.of(0, 0, 0, 0, 3));
    }

    @Test
    void aClosedQuarterIsScoredInAllAndPerOwnerWithWhoClosedIt() {
        KnownPriorities.apply(priorities, LOGOS, new PriorityCompleted(LOGOS,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.COMPLETED), null));
        KnownPriorities.apply(priorities, EVENTS, new PriorityMissed(EVENTS,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.MISSED), "too late"));
        projection.on(new QuarterClosed(SALES, Q3, List.of()), AT, "dana");

        QuarterScorecard scorecard = projection.handle(new GetQuarterScorecard(SALES, Q3));

        assertThat(scorecard.closed()).isTrue();
        assertThat(scorecard.closedBy()).isEqualTo(DANA);
        assertThat(scorecard.closedAt()).isEqualTo(AT);
        assertThat(scorecard.total()).isEqualTo(Tally.of(1, 1, 0, 0, 1));
        assertThat(scorecard.total().shareDone()).isEqualTo(1.0 / 3);
        assertThat(scorecard.owners()).containsExactly(new OwnerTally(ELI, Tally.of(1, 1, 0, 0, 0)),
                new OwnerTally(DANA, Tally.of(0, 0, 0, 0, 1)));
    }

    @Test
    void aReopenedQuarterIsOpenWithItsReason() {
        projection.on(new QuarterClosed(SALES, Q3, List.of()), AT, "dana");
        projection.on(new QuarterReopened(SALES, Q3, "not over", List.of()), AT.plusSeconds(60), "dana");

        QuarterScorecard scorecard = projection.handle(new GetQuarterScorecard(SALES, Q3));

        assertThat(scorecard.closed()).isFalse();
        assertThat(scorecard.closedBy()).isNull();
        assertThat(scorecard.reopenReason()).isEqualTo("not over");
    }
}
