package io.throughline.query.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.GetMilestonePlan;
import io.throughline.kernel.priority.MilestoneAdded;
import io.throughline.kernel.priority.MilestoneChanged;
import io.throughline.kernel.priority.MilestoneCompleted;
import io.throughline.kernel.priority.MilestoneId;
import io.throughline.kernel.priority.MilestonePlan;
import io.throughline.kernel.priority.MilestoneRemoved;
import io.throughline.kernel.priority.MilestoneTallies;
import io.throughline.kernel.priority.MilestoneView;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.TallyMilestones;
import io.throughline.query.support.InMemoryRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MilestoneProjectionTest {

    private static final PriorityId GROW = new PriorityId("grow");
    private static final PriorityId SHIP = new PriorityId("ship");
    private static final MilestoneId PILOT = new MilestoneId("pilot");
    private static final MilestoneId LAUNCH = new MilestoneId("launch");
    private static final MilestoneId REVIEW = new MilestoneId("review");
    private static final PersonId DANA = new PersonId("dana");
    private static final LocalDate NOV_14 = LocalDate.of(2026, 11, 14);
    private static final LocalDate DEC_5 = LocalDate.of(2026, 12, 5);
    private static final Instant AT = Instant.parse("2026-11-02T09:00:00Z");

    private final MilestoneEntryRepository milestones = InMemoryRepository.of(MilestoneEntryRepository.class,
            MilestoneEntry.class);
    private final MilestoneProjection projection = new MilestoneProjection(milestones);

    @Test
    void milestonesKeepTheOrderTheyWereAddedIn() {
        projection.on(added(GROW, LAUNCH, "Launch", DEC_5), AT);
        projection.on(added(GROW, PILOT, "Pilot", NOV_14), AT);
        projection.on(added(SHIP, REVIEW, "Review", NOV_14), AT);

        assertThat(plan(GROW).milestones()).extracting(MilestoneView::title).containsExactly("Launch", "Pilot");
        assertThat(plan(GROW).milestones()).extracting(MilestoneView::position).containsExactly(1, 2);
    }

    @Test
    void aRenamedAndReDatedMilestoneShowsItsNewTitleAndDate() {
        projection.on(added(GROW, PILOT, "Pilot", NOV_14), AT);
        projection.on(new MilestoneChanged(GROW, PILOT, "Pilot", new Change<>("Pilot", "Pilot with two customers"),
                new Change<>(NOV_14, DEC_5), "Late signature"));

        assertThat(plan(GROW).milestones()).containsExactly(
                new MilestoneView(PILOT, 1, "Pilot with two customers", DEC_5, DANA, false));
    }

    @Test
    void severalPrioritiesAreTalliedInOneAnswerThoseWithoutMilestonesAsNoneOfNone() {
        projection.on(added(GROW, PILOT, "Pilot", NOV_14), AT);
        projection.on(added(GROW, LAUNCH, "Launch", DEC_5), AT);
        projection.on(added(SHIP, REVIEW, "Review", NOV_14), AT);
        projection.on(new MilestoneCompleted(GROW, PILOT, "Pilot"), AT);
        PriorityId bare = new PriorityId("bare");

        MilestoneTallies tallies = projection.handle(new TallyMilestones(Set.of(GROW, bare)));

        assertThat(tallies.of(GROW)).isEqualTo(new MilestoneTallies.Tally(1, 2));
        assertThat(tallies.of(bare)).isEqualTo(new MilestoneTallies.Tally(0, 0));
        assertThat(tallies.byPriority()).as("only the priorities asked about").containsOnlyKeys(GROW.value());
    }

    @Test
    void completedMilestonesCountAsDoneOfTheTotal() {
        projection.on(added(GROW, PILOT, "Pilot", NOV_14), AT);
        projection.on(added(GROW, LAUNCH, "Launch", DEC_5), AT);
        projection.on(new MilestoneCompleted(GROW, PILOT, "Pilot"), AT.plusSeconds(60));

        MilestonePlan plan = plan(GROW);
        assertThat(plan.done()).isEqualTo(1);
        assertThat(plan.total()).isEqualTo(2);
        assertThat(plan.milestones()).extracting(MilestoneView::done).containsExactly(true, false);
    }

    @Test
    void aRemovedMilestoneLeavesThePlanAndTheNextGoesLast() {
        projection.on(added(GROW, PILOT, "Pilot", NOV_14), AT);
        projection.on(added(GROW, LAUNCH, "Launch", DEC_5), AT);
        projection.on(new MilestoneRemoved(GROW, PILOT, "Pilot"));
        projection.on(added(GROW, REVIEW, "Review", NOV_14), AT);

        assertThat(plan(GROW).milestones()).extracting(MilestoneView::title).containsExactly("Launch", "Review");
        assertThat(plan(GROW).total()).isEqualTo(2);
    }

    @Test
    void aPriorityWithoutMilestonesHasAnEmptyPlan() {
        assertThat(plan(SHIP)).isEqualTo(new MilestonePlan(java.util.List.of(), 0, 0));
    }

    private MilestonePlan plan(PriorityId priority) {
        return projection.handle(new GetMilestonePlan(priority));
    }

    private static MilestoneAdded added(PriorityId priority, MilestoneId milestone, String title, LocalDate due) {
        return new MilestoneAdded(priority, milestone, title, due, DANA);
    }
}
