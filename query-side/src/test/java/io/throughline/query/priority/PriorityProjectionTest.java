package io.throughline.query.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.FindPriorities;
import io.throughline.kernel.priority.FindPriority;
import io.throughline.kernel.priority.ListAlignedPriorities;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityContributionAdded;
import io.throughline.kernel.priority.PriorityContributionRemoved;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.support.InMemoryRepository;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.Set;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class PriorityProjectionTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");
    private static final PriorityId GROW = new PriorityId("grow");
    private static final PriorityId SHIP = new PriorityId("ship");
    private static final PriorityId HIRE = new PriorityId("hire");
    private static final PersonId MONA = new PersonId("mona");
    private static final PersonId LENA = new PersonId("lena");
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final PriorityEntryRepository priorities = InMemoryRepository.of(PriorityEntryRepository.class,
            PriorityEntry.class);
    private final PriorityVersionEntryRepository versions =
            InMemoryRepository.of(PriorityVersionEntryRepository.class, PriorityVersionEntry.class);
    private final PriorityProjection projection = new PriorityProjection(priorities,
            new InMemoryPriorityVersions(versions));

    /** Handles an event as the processor does, in a batch of one that commits, writing what it buffered. */
    private static void inBatch(Runnable handling) {
        DefaultUnitOfWork.startAndGet(null).execute(handling);
    }

    @Test
    void anAssignedPriorityIsFoundAsAssigned() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));

        PriorityView grow = find(GROW);
        assertThat(grow.title()).isEqualTo("Title of grow");
        assertThat(grow.teamId()).isEqualTo(COMPANY);
        assertThat(grow.ownerId()).isEqualTo(MONA);
        assertThat(grow.status()).isEqualTo(PriorityStatus.NOT_STARTED);
        assertThat(grow.version()).isZero();
    }

    @Test
    void aReassignedPriorityShowsItsNewOwnerAndVersion() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(new PriorityReassigned(GROW, new Change<>(MONA, LENA), "Lena runs it"), 1, AT.plusSeconds(60)));

        assertThat(find(GROW).ownerId()).isEqualTo(LENA);
        assertThat(find(GROW).version()).isEqualTo(1);
    }

    @Test
    void aLateralLinkMovesTheVersionOfThePriorityThatMadeItSoItsNextFormIsNotRefusedAsStale() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(assigned(SHIP, SALES, null), 0, AT));
        inBatch(() -> projection.on(new PriorityContributionAdded(SHIP, GROW), 1, AT.plusSeconds(60)));
        assertThat(find(SHIP).version()).isEqualTo(1);

        inBatch(() -> projection.on(new PriorityContributionRemoved(SHIP, GROW), 2, AT.plusSeconds(120)));
        assertThat(find(SHIP).version()).isEqualTo(2);
        assertThat(find(GROW).version()).as("the priority contributed to keeps its own").isZero();
    }

    @Test
    void aStatusReportShowsTheStatusCommentAndConfidence() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(new PriorityStatusUpdated(GROW, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.AT_RISK),
                "carrier strike", 4), 1, AT));

        assertThat(find(GROW)).extracting(PriorityView::status, PriorityView::statusComment, PriorityView::confidence)
                .containsExactly(PriorityStatus.AT_RISK, "carrier strike", 4);
    }

    @Test
    void theLastStatusReportIsDatedAndOnlyAReportDatesIt() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        assertThat(entry(GROW).reportedAt()).as("not reported yet").isNull();

        inBatch(() -> projection.on(new PriorityStatusUpdated(GROW, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.ON_TRACK),
                "started", 7), 1, AT.plusSeconds(60)));
        inBatch(() -> projection.on(new PriorityStatusUpdated(GROW, new Change<>(PriorityStatus.ON_TRACK, PriorityStatus.AT_RISK),
                "slipping", 5), 2, AT.plusSeconds(120)));
        inBatch(() -> projection.on(new PriorityReassigned(GROW, new Change<>(MONA, LENA), "Lena runs it"), 3, AT.plusSeconds(180)));

        assertThat(entry(GROW).reportedAt()).isEqualTo(AT.plusSeconds(120));
        assertThat(entry(GROW).assignedAt()).isEqualTo(AT);
    }

    @Test
    void aDroppedParentOrphansItsChildrenAndReinstatingItAdoptsThemAgain() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(assigned(SHIP, SALES, GROW), 0, AT.plusSeconds(1)));
        inBatch(() -> projection.on(assigned(HIRE, SALES, GROW), 0, AT.plusSeconds(2)));

        inBatch(() -> projection.on(new PriorityDropped(GROW, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.DROPPED),
                "no budget"), 1, AT));
        assertThat(find(SHIP).orphaned()).isTrue();
        assertThat(find(HIRE).orphaned()).isTrue();
        assertThat(find(GROW).status()).isEqualTo(PriorityStatus.DROPPED);

        inBatch(() -> projection.on(new PriorityReinstated(GROW, new Change<>(PriorityStatus.DROPPED, PriorityStatus.NOT_STARTED),
                "budget found"), 2, AT));
        assertThat(find(SHIP).orphaned()).isFalse();
    }

    @Test
    void anOrphanRealignedToAnOpenParentIsNoLongerAnOrphan() {
        PriorityId other = new PriorityId("other");
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(assigned(other, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(assigned(SHIP, SALES, GROW), 0, AT));
        inBatch(() -> projection.on(new PriorityDropped(GROW, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.DROPPED),
                "no budget"), 1, AT));

        inBatch(() -> projection.on(new PriorityRealigned(SHIP, new Change<>(GROW, other), null), 1, AT));

        assertThat(find(SHIP).orphaned()).isFalse();
        assertThat(find(SHIP).parentPriorityId()).isEqualTo(other);
    }

    @Test
    void aPriorityRealignedToADroppedParentIsAnOrphan() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(assigned(SHIP, SALES, null), 0, AT));
        inBatch(() -> projection.on(new PriorityDropped(GROW, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.DROPPED),
                "no budget"), 1, AT));

        inBatch(() -> projection.on(new PriorityRealigned(SHIP, new Change<>(null, GROW), null), 1, AT));

        assertThat(find(SHIP).orphaned()).isTrue();
    }

    @Test
    void theAlignedPrioritiesOfAParentAreListedInTheOrderTheyWereAssigned() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(assigned(HIRE, SALES, GROW), 0, AT.plusSeconds(2)));
        inBatch(() -> projection.on(assigned(SHIP, SALES, GROW), 0, AT.plusSeconds(1)));

        assertThat(projection.handle(new ListAlignedPriorities(GROW))).extracting(PriorityView::id)
                .containsExactly(SHIP, HIRE);
    }

    @Test
    void prioritiesAreFoundTogetherByIdAndAnUnknownOneIsLeftOut() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(assigned(HIRE, SALES, GROW), 0, AT));

        assertThat(projection.handle(new FindPriorities(Set.of(GROW, HIRE, new PriorityId("unknown")))))
                .extracting(PriorityView::id).containsExactlyInAnyOrder(GROW, HIRE);
    }

    @Test
    void aResetForgetsEveryPriority() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        projection.reset();
        assertThat(projection.handle(new FindPriority(GROW))).isEmpty();
    }

    @Test
    void aMissedPriorityLeavesItsChildrenAlignedNotOrphaned() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(assigned(SHIP, SALES, GROW), 0, AT));
        inBatch(() -> projection.on(new io.throughline.kernel.priority.PriorityMissed(GROW,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.MISSED), "Priced too late"), 1, AT));

        assertThat(find(GROW)).extracting(PriorityView::status, PriorityView::statusComment)
                .containsExactly(PriorityStatus.MISSED, "Priced too late");
        assertThat(find(SHIP).orphaned()).isFalse();
    }

    @Test
    void aCarriedOverPriorityAndItsSuccessorAreLinkedBothWays() {
        Quarter q1 = new Quarter("2027-Q1");
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(new io.throughline.kernel.priority.PriorityCarriedOver(GROW,
                new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.CARRIED_OVER), HIRE, q1), 1, AT));
        inBatch(() -> projection.on(new PriorityAssigned(HIRE, COMPANY, q1, "Title of grow", MONA, null, null, null, null), 0, AT));
        inBatch(() -> projection.on(new io.throughline.kernel.priority.PriorityContinued(HIRE, GROW, Q4, "Title of grow"), 1, AT));

        assertThat(find(GROW)).extracting(PriorityView::status, PriorityView::carriedToId)
                .containsExactly(PriorityStatus.CARRIED_OVER, HIRE);
        assertThat(find(HIRE)).extracting(PriorityView::quarter, PriorityView::carriedFromId)
                .containsExactly(q1, GROW);
    }

    @Test
    void eachChangeOfAPriorityIsKeptAsAStateValidUntilTheNextButLinksAndMilestonesMakeNone() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        inBatch(() -> projection.on(new PriorityStatusUpdated(GROW, new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.AT_RISK),
                "late", 4), 1, AT.plusSeconds(60)));
        inBatch(() -> projection.on(new PriorityContributionAdded(GROW, HIRE), 2, AT.plusSeconds(90)));
        inBatch(() -> projection.on(new PriorityReassigned(GROW, new Change<>(MONA, LENA), "Lena runs it"), 3, AT.plusSeconds(120)));

        assertThat(versions.findByPriorityIdOrderByVersionAsc(GROW.value()))
                .extracting(PriorityVersionEntry::status, PriorityVersionEntry::validFrom, PriorityVersionEntry::validTo)
                .containsExactly(
                        tuple(PriorityStatus.NOT_STARTED, AT, AT.plusSeconds(60)),
                        tuple(PriorityStatus.AT_RISK, AT.plusSeconds(60),
                                AT.plusSeconds(120)),
                        tuple(PriorityStatus.AT_RISK, AT.plusSeconds(120), null));
    }

    @Test
    void aReplayStartsTheStatesAfresh() {
        inBatch(() -> projection.on(assigned(GROW, COMPANY, null), 0, AT));
        projection.reset();

        assertThat(versions.count()).isZero();
    }

    private PriorityEntry entry(PriorityId id) {
        return priorities.findById(id.value()).orElseThrow();
    }

    private PriorityView find(PriorityId id) {
        return projection.handle(new FindPriority(id)).orElseThrow();
    }

    private static PriorityAssigned assigned(PriorityId id, TeamId team, PriorityId parent) {
        return new PriorityAssigned(id, team, Q4, "Title of " + id.value(), MONA, null, null, parent, null);
    }
}
