package io.throughline.command.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.AddMilestone;
import io.throughline.kernel.priority.ChangeMilestone;
import io.throughline.kernel.priority.CompleteMilestone;
import io.throughline.kernel.priority.MilestoneAdded;
import io.throughline.kernel.priority.MilestoneChanged;
import io.throughline.kernel.priority.MilestoneCompleted;
import io.throughline.kernel.priority.MilestoneId;
import io.throughline.kernel.priority.MilestoneRemoved;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.RemoveMilestone;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.command.priority.Cascade.ALICE;
import static io.throughline.command.priority.Cascade.BOB;
import static io.throughline.command.priority.Cascade.CAROL;
import static io.throughline.command.priority.Cascade.PRIORITY;
import static io.throughline.command.priority.Cascade.assigned;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.NOT_FOUND;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;

/** The owner's execution plan: milestones added, renamed, re-dated, completed and removed inside the priority. */
class MilestoneTest {

    private static final MilestoneId PILOT = new MilestoneId("pilot");
    private static final String TITLE = "Pilot with two customers";
    private static final LocalDate NOV_14 = LocalDate.of(2026, 11, 14);
    private static final LocalDate DEC_5 = LocalDate.of(2026, 12, 5);
    private static final LocalDate JAN_8 = LocalDate.of(2027, 1, 8);

    private AggregateTestFixture<Priority> fixture;

    @BeforeEach
    void setUp() {
        fixture = Cascade.fixture();
    }

    private static MilestoneAdded pilotAdded() {
        return new MilestoneAdded(PRIORITY, PILOT, TITLE, NOV_14, ALICE);
    }

    private static AddMilestone add(String title, LocalDate due, PersonId owner) {
        return new AddMilestone(PRIORITY, PILOT, title, due, owner, null);
    }

    @Test
    void aMilestoneWithoutOwnerIsCarriedByThePrioritysOwner() {
        fixture.given(assigned())
                .when(add(" Pilot with two customers ", NOV_14, null))
                .expectEvents(pilotAdded())
                .expectResultMessagePayload(1L);
    }

    @Test
    void aMilestoneMayBeCarriedByAnotherPersonOfTheTeam() {
        fixture.given(assigned())
                .when(add("Pilot", NOV_14, BOB))
                .expectEvents(new MilestoneAdded(PRIORITY, PILOT, "Pilot", NOV_14, BOB));
    }

    @Test
    void aMilestoneIsCarriedOnlyByALeadOrMemberOfThePrioritysTeam() {
        fixture.given(assigned()).when(add("Pilot", NOV_14, CAROL))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "ownerId"));
    }

    @Test
    void aMilestoneIsDueInsideThePrioritysQuarter() {
        fixture.given(assigned()).when(add("Pilot", JAN_8, null))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "dueDate"));
    }

    @Test
    void aMilestoneNeedsATitleAndADueDate() {
        fixture.given(assigned()).when(add("  ", NOV_14, null)).expectException(rejected(INVALID, "title"));
        fixture.given(assigned()).when(add("Pilot", null, null)).expectException(rejected(INVALID, "dueDate"));
    }

    @Test
    void eachMilestoneHasItsOwnId() {
        fixture.given(assigned(), pilotAdded()).when(add("Again", NOV_14, null))
                .expectNoEvents().expectException(rejected(CONFLICT, "milestoneId"));
    }

    @Test
    void aClosedPriorityAcceptsNoNewMilestone() {
        fixture.given(assigned(), new PriorityCompleted(PRIORITY, new Change<>(PriorityStatus.NOT_STARTED,
                        PriorityStatus.COMPLETED), null))
                .when(add("Pilot", NOV_14, null))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void renamingNeedsNoReason() {
        fixture.given(assigned(), pilotAdded())
                .when(new ChangeMilestone(PRIORITY, PILOT, "Pilot with three customers", null, null, null))
                .expectEvents(new MilestoneChanged(PRIORITY, PILOT, TITLE,
                        new Change<>("Pilot with two customers", "Pilot with three customers"), null, null));
    }

    @Test
    void reDatingNeedsAReason() {
        fixture.given(assigned(), pilotAdded())
                .when(new ChangeMilestone(PRIORITY, PILOT, null, DEC_5, " ", null))
                .expectNoEvents().expectException(rejected(INVALID, "reason"));
    }

    @Test
    void reDatingWithAReasonMovesTheDueDate() {
        fixture.given(assigned(), pilotAdded())
                .when(new ChangeMilestone(PRIORITY, PILOT, null, DEC_5, "Second customer signs late", null))
                .expectEvents(new MilestoneChanged(PRIORITY, PILOT, TITLE, null, new Change<>(NOV_14, DEC_5),
                        "Second customer signs late"));
    }

    @Test
    void aNewDueDateStaysInsideTheQuarter() {
        fixture.given(assigned(), pilotAdded())
                .when(new ChangeMilestone(PRIORITY, PILOT, null, JAN_8, "Late", null))
                .expectNoEvents().expectException(rejected(RULE_BROKEN, "dueDate"));
    }

    @Test
    void aChangeThatChangesNothingIsRefused() {
        fixture.given(assigned(), pilotAdded())
                .when(new ChangeMilestone(PRIORITY, PILOT, "Pilot with two customers", NOV_14, null, null))
                .expectNoEvents().expectException(rejected(CONFLICT, null));
    }

    @Test
    void anUnknownMilestoneIsNotFound() {
        fixture.given(assigned())
                .when(new CompleteMilestone(PRIORITY, PILOT, null))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "milestoneId"));
    }

    @Test
    void completingAMilestoneMarksItDone() {
        fixture.given(assigned(), pilotAdded())
                .when(new CompleteMilestone(PRIORITY, PILOT, null))
                .expectEvents(new MilestoneCompleted(PRIORITY, PILOT, TITLE));
    }

    @Test
    void aDoneMilestoneIsNeitherCompletedAgainNorChanged() {
        fixture.given(assigned(), pilotAdded(), new MilestoneCompleted(PRIORITY, PILOT, TITLE))
                .when(new CompleteMilestone(PRIORITY, PILOT, null))
                .expectNoEvents().expectException(rejected(CONFLICT, "milestoneId"));
        fixture.given(assigned(), pilotAdded(), new MilestoneCompleted(PRIORITY, PILOT, TITLE))
                .when(new ChangeMilestone(PRIORITY, PILOT, "Renamed", null, null, null))
                .expectNoEvents().expectException(rejected(CONFLICT, "milestoneId"));
    }

    @Test
    void aDoneMilestoneCanStillBeRemoved() {
        fixture.given(assigned(), pilotAdded(), new MilestoneCompleted(PRIORITY, PILOT, TITLE))
                .when(new RemoveMilestone(PRIORITY, PILOT, null))
                .expectEvents(new MilestoneRemoved(PRIORITY, PILOT, TITLE));
    }

    @Test
    void aRemovedMilestoneIsGone() {
        fixture.given(assigned(), pilotAdded(), new MilestoneRemoved(PRIORITY, PILOT, TITLE))
                .when(new RemoveMilestone(PRIORITY, PILOT, null))
                .expectNoEvents().expectException(rejected(NOT_FOUND, "milestoneId"));
    }
}
