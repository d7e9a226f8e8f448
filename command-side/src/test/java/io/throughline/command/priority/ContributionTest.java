package io.throughline.command.priority;

import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.priority.ContributeToPriority;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityContributionAdded;
import io.throughline.kernel.priority.PriorityContributionRemoved;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.priority.StopContributingToPriority;
import io.throughline.kernel.Change;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.command.priority.Cascade.COMPANY_Q3;
import static io.throughline.command.priority.Cascade.COMPANY_Q4;
import static io.throughline.command.priority.Cascade.COMPANY_Q4_DONE;
import static io.throughline.command.priority.Cascade.COMPANY_Q4_OTHER;
import static io.throughline.command.priority.Cascade.EMEA_Q4;
import static io.throughline.command.priority.Cascade.GLOBEX_Q4;
import static io.throughline.command.priority.Cascade.MARKETING_Q4;
import static io.throughline.command.priority.Cascade.PRIORITY;
import static io.throughline.command.priority.Cascade.UNKNOWN;
import static io.throughline.command.priority.Cascade.assigned;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.NOT_FOUND;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;

/** Lateral alignment: ContributeToPriority, StopContributingToPriority, and realigning beside a contribution. PRIORITY (sales, Q4) serves COMPANY_Q4. */
class ContributionTest {

    private AggregateTestFixture<Priority> fixture;

    @BeforeEach
    void setUp() {
        fixture = Cascade.fixture();
    }

    @Test
    void contributesToAPriorityOfASiblingTeamBesidesItsParent() {
        fixture.given(assigned())
                .when(contribute(MARKETING_Q4))
                .expectEvents(new PriorityContributionAdded(PRIORITY, MARKETING_Q4))
                .expectResultMessagePayload(1L);
    }

    @Test
    void mayContributeToAnotherPriorityOfTheLevelAboveOrBelow() {
        fixture.given(assigned(), new PriorityContributionAdded(PRIORITY, COMPANY_Q4_OTHER))
                .when(contribute(EMEA_Q4))
                .expectEvents(new PriorityContributionAdded(PRIORITY, EMEA_Q4));
    }

    @Test
    void aPriorityDoesNotContributeToItself() {
        rejects(contribute(PRIORITY), RULE_BROKEN);
    }

    @Test
    void itsParentIsServedThroughTheCascadeNotByAContribution() {
        rejects(contribute(COMPANY_Q4), RULE_BROKEN);
    }

    @Test
    void thePriorityContributedToBelongsToTheSameQuarter() {
        rejects(contribute(COMPANY_Q3), RULE_BROKEN);
    }

    @Test
    void thePriorityContributedToBelongsToTheSameOrganisation() {
        rejects(contribute(GLOBEX_Q4), RULE_BROKEN);
    }

    @Test
    void thePriorityContributedToIsOpen() {
        rejects(contribute(COMPANY_Q4_DONE), RULE_BROKEN);
    }

    @Test
    void anUnknownPriorityCannotBeContributedTo() {
        rejects(contribute(UNKNOWN), INVALID);
    }

    @Test
    void thePriorityContributedToIsNamed() {
        rejects(contribute(null), INVALID);
    }

    @Test
    void contributingTwiceToTheSamePriorityIsAConflict() {
        fixture.given(assigned(), new PriorityContributionAdded(PRIORITY, MARKETING_Q4))
                .when(contribute(MARKETING_Q4))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, "priorityId"));
    }

    @Test
    void aClosedPriorityStartsNoContribution() {
        fixture.given(assigned(), new PriorityCompleted(PRIORITY,
                        new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.COMPLETED), null))
                .when(contribute(MARKETING_Q4))
                .expectNoEvents()
                .expectException(rejected(CONFLICT, null));
    }

    @Test
    void aPriorityIsNotRealignedUnderAPriorityItContributesTo() {
        fixture.given(assigned(), new PriorityContributionAdded(PRIORITY, COMPANY_Q4_OTHER))
                .when(new RealignPriority(PRIORITY, COMPANY_Q4_OTHER, "serve it directly", null))
                .expectNoEvents()
                .expectException(rejected(RULE_BROKEN, "newParentPriorityId"));
    }

    @Test
    void aPriorityIsRealignedUnderItOnceItStoppedContributingToIt() {
        fixture.given(assigned(), new PriorityContributionAdded(PRIORITY, COMPANY_Q4_OTHER),
                        new PriorityContributionRemoved(PRIORITY, COMPANY_Q4_OTHER))
                .when(new RealignPriority(PRIORITY, COMPANY_Q4_OTHER, "serve it directly", null))
                .expectEvents(new PriorityRealigned(PRIORITY, new Change<>(COMPANY_Q4, COMPANY_Q4_OTHER),
                        "serve it directly"));
    }

    @Test
    void stopsContributing() {
        fixture.given(assigned(), new PriorityContributionAdded(PRIORITY, MARKETING_Q4))
                .when(new StopContributingToPriority(PRIORITY, MARKETING_Q4, null))
                .expectEvents(new PriorityContributionRemoved(PRIORITY, MARKETING_Q4))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aStoppedContributionCanBeMadeAgain() {
        fixture.given(assigned(), new PriorityContributionAdded(PRIORITY, MARKETING_Q4),
                        new PriorityContributionRemoved(PRIORITY, MARKETING_Q4))
                .when(contribute(MARKETING_Q4))
                .expectEvents(new PriorityContributionAdded(PRIORITY, MARKETING_Q4));
    }

    @Test
    void stoppingAContributionThatWasNeverMadeIsNotFound() {
        fixture.given(assigned())
                .when(new StopContributingToPriority(PRIORITY, MARKETING_Q4, null))
                .expectNoEvents()
                .expectException(rejected(NOT_FOUND, "priorityId"));
    }

    private static ContributeToPriority contribute(PriorityId target) {
        return new ContributeToPriority(PRIORITY, target, null);
    }

    private void rejects(ContributeToPriority command, Kind kind) {
        fixture.given(assigned())
                .when(command)
                .expectNoEvents()
                .expectException(rejected(kind, "priorityId"));
    }
}
