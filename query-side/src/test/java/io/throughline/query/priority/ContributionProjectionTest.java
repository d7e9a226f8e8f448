package io.throughline.query.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.priority.Contributions;
import io.throughline.kernel.priority.Contributions.Contribution;
import io.throughline.kernel.priority.ListContributions;
import io.throughline.kernel.priority.PriorityContributionAdded;
import io.throughline.kernel.priority.PriorityContributionRemoved;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.query.support.InMemoryRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionProjectionTest {

    private static final PriorityId CAMPAIGN = new PriorityId("campaign");
    private static final PriorityId WEBINARS = new PriorityId("webinars");
    private static final PriorityId LOGOS = new PriorityId("logos");
    private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

    private final ContributionSpanEntryRepository spans =
            InMemoryRepository.of(ContributionSpanEntryRepository.class, ContributionSpanEntry.class);
    private final ContributionProjection projection = new ContributionProjection(
            InMemoryRepository.of(ContributionEntryRepository.class, ContributionEntry.class), spans);

    @Test
    void aLinkIsSeenFromBothPriorities() {
        projection.on(new PriorityContributionAdded(CAMPAIGN, LOGOS), AT);

        Contribution link = new Contribution(CAMPAIGN, LOGOS, false);
        assertThat(of(CAMPAIGN)).isEqualTo(new Contributions(List.of(link), List.of()));
        assertThat(of(LOGOS)).isEqualTo(new Contributions(List.of(), List.of(link)));
    }

    @Test
    void helpersAreListedOldestFirst() {
        projection.on(new PriorityContributionAdded(WEBINARS, LOGOS), AT.plusSeconds(60));
        projection.on(new PriorityContributionAdded(CAMPAIGN, LOGOS), AT);

        assertThat(of(LOGOS).helpedBy()).extracting(Contribution::priorityId).containsExactly(CAMPAIGN, WEBINARS);
    }

    @Test
    void aRemovedLinkIsGone() {
        projection.on(new PriorityContributionAdded(CAMPAIGN, LOGOS), AT);
        projection.on(new PriorityContributionRemoved(CAMPAIGN, LOGOS), AT.plusSeconds(60));

        assertThat(of(CAMPAIGN).contributesTo()).isEmpty();
        assertThat(of(LOGOS).helpedBy()).isEmpty();
    }

    @Test
    void aLinkMadeAgainAfterItsRemovalKeepsBothSpansForTheRollUpAsOfAnInstant() {
        projection.on(new PriorityContributionAdded(CAMPAIGN, LOGOS), AT);
        projection.on(new PriorityContributionRemoved(CAMPAIGN, LOGOS), AT.plusSeconds(60));
        projection.on(new PriorityContributionAdded(CAMPAIGN, LOGOS), AT.plusSeconds(120));

        assertThat(spans.findAll()).extracting(ContributionSpanEntry::removedAt)
                .containsExactlyInAnyOrder(AT.plusSeconds(60), null);
    }

    @Test
    void droppingThePriorityContributedToFlagsItsContributorsUntilItIsReinstated() {
        projection.on(new PriorityContributionAdded(CAMPAIGN, LOGOS), AT);
        projection.on(new PriorityContributionAdded(WEBINARS, CAMPAIGN), AT);

        projection.on(new PriorityDropped(LOGOS, new Change<>(PriorityStatus.ON_TRACK, PriorityStatus.DROPPED), "no budget"));
        assertThat(of(CAMPAIGN).contributesTo()).extracting(Contribution::targetDropped).containsExactly(true);
        assertThat(of(CAMPAIGN).helpedBy()).extracting(Contribution::targetDropped).containsExactly(false);

        projection.on(new PriorityReinstated(LOGOS, new Change<>(PriorityStatus.DROPPED, PriorityStatus.ON_TRACK), "funded"));
        assertThat(of(CAMPAIGN).contributesTo()).extracting(Contribution::targetDropped).containsExactly(false);
    }

    @Test
    void droppingTheContributorItselfFlagsNothing() {
        projection.on(new PriorityContributionAdded(CAMPAIGN, LOGOS), AT);
        projection.on(new PriorityDropped(CAMPAIGN, new Change<>(PriorityStatus.ON_TRACK, PriorityStatus.DROPPED), "merged"));

        assertThat(of(LOGOS).helpedBy()).extracting(Contribution::targetDropped).containsExactly(false);
    }

    private Contributions of(PriorityId priority) {
        return projection.handle(new ListContributions(priority));
    }
}
