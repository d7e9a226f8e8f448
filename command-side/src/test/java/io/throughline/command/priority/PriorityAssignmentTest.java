package io.throughline.command.priority;

import io.throughline.kernel.Change;
import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityRealigned;
import io.throughline.kernel.priority.ReassignPriority;
import io.throughline.kernel.priority.RealignPriority;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.stream.Stream;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.command.priority.Cascade.ALICE;
import static io.throughline.command.priority.Cascade.BOB;
import static io.throughline.command.priority.Cascade.CAROL;
import static io.throughline.command.priority.Cascade.COMPANY;
import static io.throughline.command.priority.Cascade.COMPANY_Q3;
import static io.throughline.command.priority.Cascade.COMPANY_Q4;
import static io.throughline.command.priority.Cascade.COMPANY_Q4_DONE;
import static io.throughline.command.priority.Cascade.COMPANY_Q4_OTHER;
import static io.throughline.command.priority.Cascade.EMEA;
import static io.throughline.command.priority.Cascade.EMEA_Q4;
import static io.throughline.command.priority.Cascade.ERIN;
import static io.throughline.command.priority.Cascade.MARKETING_Q4;
import static io.throughline.command.priority.Cascade.PRIORITY;
import static io.throughline.command.priority.Cascade.Q4;
import static io.throughline.command.priority.Cascade.SALES;
import static io.throughline.command.priority.Cascade.SALES_Q4;
import static io.throughline.command.priority.Cascade.UNKNOWN;
import static io.throughline.command.priority.Cascade.assigned;
import static io.throughline.command.priority.Cascade.assignedUnder;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;

/** Where a priority sits and who owns it: AssignPriority, ReassignPriority, RealignPriority. */
class PriorityAssignmentTest {

    private AggregateTestFixture<Priority> fixture;

    @BeforeEach
    void setUp() {
        fixture = Cascade.fixture();
    }

    @Nested
    class AssigningAPriority {

        @Test
        void assignsAPriorityToAnExistingTeamAndAnswersItsVersion() {
            when(new Assign().title("Win EMEA").successCriterion("10 new logos").dueDate(LocalDate.of(2026, 11, 30)))
                    .expectEvents(new PriorityAssigned(PRIORITY, SALES, Q4, "Win EMEA", ALICE, "10 new logos",
                            LocalDate.of(2026, 11, 30), null, null))
                    .expectResultMessagePayload(0L);
        }

        @Test
        void textIsKeptWithoutSurroundingBlanksAndABlankSuccessCriterionIsDropped() {
            when(new Assign().title("  Win EMEA ").successCriterion("   "))
                    .expectEvents(new PriorityAssigned(PRIORITY, SALES, Q4, "Win EMEA", ALICE, null, null, null, null));
        }

        @Test
        void servesAPriorityOfTheParentTeamInTheSameQuarter() {
            when(new Assign().parent(COMPANY_Q4))
                    .expectEvents(new PriorityAssigned(PRIORITY, SALES, Q4, "Title", ALICE, null, null, COMPANY_Q4, null));
        }

        @Test
        void servesAPriorityOfAnyTeamFurtherUp() {
            when(new Assign().team(EMEA).owner(ERIN).parent(COMPANY_Q4))
                    .expectEvents(new PriorityAssigned(PRIORITY, EMEA, Q4, "Title", ERIN, null, null, COMPANY_Q4, null));
        }

        @Test
        void ownerMustLeadOrBelongToThePrioritysTeam() {
            rejects(new Assign().owner(CAROL), RULE_BROKEN, "ownerId")
                    .expectExceptionMessage("ownerId: carol neither leads nor belongs to the priority's team or a team "
                            + "below it; only they can own its priorities");
        }

        @Test
        void aLeadOrMemberOfATeamBelowMayOwnIt() {
            when(new Assign().team(COMPANY).owner(BOB))
                    .expectEvents(new PriorityAssigned(PRIORITY, COMPANY, Q4, "Title", BOB, null, null, null, null));
        }

        @Test
        void aLeadOfATeamAboveMayNotOwnIt() {
            rejects(new Assign().team(EMEA).owner(ALICE), RULE_BROKEN, "ownerId");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-10-01", "2026-12-31"})
        void dueDateMayFallOnTheEdgesOfTheQuarter(LocalDate dueDate) {
            when(new Assign().dueDate(dueDate))
                    .expectEvents(new PriorityAssigned(PRIORITY, SALES, Q4, "Title", ALICE, null, dueDate, null, null));
        }

        @Test
        void teamIsRequired() {
            rejects(new Assign().team(null), INVALID, "teamId");
        }

        @Test
        void quarterIsRequired() {
            rejects(new Assign().quarter(null), INVALID, "quarter");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void blankTitleIsRejected(String title) {
            rejects(new Assign().title(title), INVALID, "title");
        }

        @Test
        void ownerIsRequired() {
            rejects(new Assign().owner(null), INVALID, "ownerId");
        }

        @Test
        void unknownTeamIsRejected() {
            rejects(new Assign().team(new TeamId("nowhere")), INVALID, "teamId")
                    .expectExceptionMessage("teamId: no team with id 'nowhere'");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-09-30", "2027-01-01"})
        void dueDateMustFallInsideTheQuarter(LocalDate dueDate) {
            rejects(new Assign().dueDate(dueDate), RULE_BROKEN, "dueDate")
                    .expectExceptionMessage("dueDate: must fall inside 2026-Q4 (2026-10-01 to 2026-12-31), was " + dueDate);
        }

        @Test
        void unknownParentPriorityIsRejected() {
            rejects(new Assign().parent(UNKNOWN), INVALID, "parentPriorityId");
        }

        @Test
        void parentPriorityMustBeInTheSameQuarter() {
            rejects(new Assign().parent(COMPANY_Q3), RULE_BROKEN, "parentPriorityId")
                    .expectExceptionMessage("parentPriorityId: the parent priority belongs to 2026-Q3, not 2026-Q4");
        }

        @Test
        void parentPriorityMustBelongToATeamAbove() {
            rejects(new Assign().parent(MARKETING_Q4), RULE_BROKEN, "parentPriorityId");
        }

        @Test
        void parentPriorityCannotBelongToTheSameTeam() {
            rejects(new Assign().parent(SALES_Q4), RULE_BROKEN, "parentPriorityId");
        }

        @Test
        void parentPriorityCannotBelongToATeamBelow() {
            rejects(new Assign().team(COMPANY).parent(SALES_Q4), RULE_BROKEN, "parentPriorityId");
        }

        @Test
        void parentPriorityCannotBeClosed() {
            rejects(new Assign().parent(COMPANY_Q4_DONE), RULE_BROKEN, "parentPriorityId");
        }

        private ResultValidator<Priority> when(Assign command) {
            return fixture.givenNoPriorActivity().when(command.build());
        }

        private ResultValidator<Priority> rejects(Assign command, Kind kind, String field) {
            return when(command).expectNoEvents().expectException(rejected(kind, field));
        }
    }

    @Nested
    class ReassigningAPriority {

        @Test
        void handsThePriorityToAnotherPersonOfTheTeamWithTheReason() {
            fixture.given(assigned())
                    .when(reassign(BOB, "Alice moves to EMEA"))
                    .expectEvents(new PriorityReassigned(PRIORITY, new Change<>(ALICE, BOB), "Alice moves to EMEA"))
                    .expectResultMessagePayload(1L);
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void reasonIsRequired(String reason) {
            rejects(reassign(BOB, reason), INVALID, "reason");
        }

        @Test
        void newOwnerIsRequired() {
            rejects(reassign(null, "why"), INVALID, "newOwnerId");
        }

        @Test
        void newOwnerMustLeadOrBelongToThePrioritysTeam() {
            rejects(reassign(CAROL, "why"), RULE_BROKEN, "newOwnerId");
        }

        @Test
        void aLeadOrMemberOfATeamBelowMayOwnIt() {
            fixture.given(new PriorityAssigned(PRIORITY, COMPANY, Q4, "Title", ALICE, null, null, null, null))
                    .when(reassign(BOB, "Bob runs it in sales"))
                    .expectEvents(new PriorityReassigned(PRIORITY, new Change<>(ALICE, BOB), "Bob runs it in sales"));
        }

        @Test
        void aLeadOrMemberOfATeamAboveMayNotOwnIt() {
            fixture.given(new PriorityAssigned(PRIORITY, EMEA, Q4, "Title", BOB, null, null, null, null))
                    .when(reassign(ALICE, "why"))
                    .expectNoEvents()
                    .expectException(rejected(RULE_BROKEN, "newOwnerId"));
        }

        @Test
        void reassigningToTheCurrentOwnerIsAConflict() {
            rejects(reassign(ALICE, "why"), CONFLICT, "newOwnerId");
        }

        private ReassignPriority reassign(PersonId newOwner, String reason) {
            return new ReassignPriority(PRIORITY, newOwner, reason, null);
        }

        private void rejects(ReassignPriority command, Kind kind, String field) {
            fixture.given(assigned()).when(command).expectNoEvents().expectException(rejected(kind, field));
        }
    }

    @Nested
    class RealigningAPriority {

        @Test
        void servesAnotherOpenPriorityOfATeamAboveInTheSameQuarter() {
            fixture.given(assigned())
                    .when(realign(COMPANY_Q4_OTHER))
                    .expectEvents(new PriorityRealigned(PRIORITY, new Change<>(COMPANY_Q4, COMPANY_Q4_OTHER), null))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aPriorityWithoutParentCanStartServingOne() {
            fixture.given(assignedUnder(null))
                    .when(realign(COMPANY_Q4))
                    .expectEvents(new PriorityRealigned(PRIORITY, new Change<>(null, COMPANY_Q4), null));
        }

        @Test
        void realigningToNoParentDetachesThePriority() {
            fixture.given(assigned())
                    .when(realign(null))
                    .expectEvents(new PriorityRealigned(PRIORITY, new Change<>(COMPANY_Q4, null), null));
        }

        @Test
        void realigningToTheCurrentParentIsAConflict() {
            rejects(realign(COMPANY_Q4), CONFLICT);
        }

        @Test
        void detachingAPriorityWithoutParentIsAConflict() {
            fixture.given(assignedUnder(null))
                    .when(realign(null))
                    .expectNoEvents()
                    .expectException(rejected(CONFLICT, "newParentPriorityId"));
        }

        @Test
        void unknownParentIsRejected() {
            rejects(realign(UNKNOWN), INVALID);
        }

        @Test
        void closedParentBreaksTheCascade() {
            rejects(realign(COMPANY_Q4_DONE), RULE_BROKEN);
        }

        @Test
        void parentOfAnotherQuarterBreaksTheCascade() {
            rejects(realign(COMPANY_Q3), RULE_BROKEN);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.throughline.command.priority.PriorityAssignmentTest#prioritiesOfTeamsNotAboveSales")
        void parentOfATeamNotAboveBreaksTheCascade(PriorityId parent) {
            rejects(realign(parent), RULE_BROKEN);
        }

        private RealignPriority realign(PriorityId newParent) {
            return new RealignPriority(PRIORITY, newParent, null, null);
        }

        private void rejects(RealignPriority command, Kind kind) {
            fixture.given(assigned())
                    .when(command)
                    .expectNoEvents()
                    .expectException(rejected(kind, "newParentPriorityId"));
        }
    }

    /** Of a sibling team, of the same team, of a team below. */
    static Stream<PriorityId> prioritiesOfTeamsNotAboveSales() {
        return Stream.of(MARKETING_Q4, SALES_Q4, EMEA_Q4);
    }

    /** A valid AssignPriority of PRIORITY for sales in 2026-Q4, to change one field at a time. */
    private static final class Assign {
        private TeamId team = SALES;
        private Quarter quarter = Q4;
        private String title = "Title";
        private PersonId owner = ALICE;
        private String successCriterion;
        private LocalDate dueDate;
        private PriorityId parent;

        Assign team(TeamId team) { this.team = team; return this; }
        Assign quarter(Quarter quarter) { this.quarter = quarter; return this; }
        Assign title(String title) { this.title = title; return this; }
        Assign owner(PersonId owner) { this.owner = owner; return this; }
        Assign successCriterion(String successCriterion) { this.successCriterion = successCriterion; return this; }
        Assign dueDate(LocalDate dueDate) { this.dueDate = dueDate; return this; }
        Assign parent(PriorityId parent) { this.parent = parent; return this; }

        AssignPriority build() {
            return new AssignPriority(PRIORITY, team, quarter, title, owner, successCriterion, dueDate, parent, null);
        }
    }
}
