package io.throughline.command.priority;

import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.CommandRejection.Kind.INVALID;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;

class PriorityTest {

    private static final Quarter Q3 = new Quarter("2026-Q3");
    private static final Quarter Q4 = new Quarter("2026-Q4");

    // company > sales > emea, and company > marketing
    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");
    private static final TeamId EMEA = new TeamId("emea");
    private static final TeamId MARKETING = new TeamId("marketing");

    private static final PriorityId COMPANY_Q4 = new PriorityId("company-q4");
    private static final PriorityId COMPANY_Q3 = new PriorityId("company-q3");
    private static final PriorityId SALES_Q4 = new PriorityId("sales-q4");
    private static final PriorityId MARKETING_Q4 = new PriorityId("marketing-q4");

    private static final PriorityId NEW = new PriorityId("new");
    private static final PersonId ALICE = new PersonId("alice");

    private AggregateTestFixture<Priority> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Priority.class);
        fixture.registerInjectableResource(new InMemoryTeams()
                .root(COMPANY).child(SALES, COMPANY).child(EMEA, SALES).child(MARKETING, COMPANY));
        fixture.registerInjectableResource(new InMemoryPriorities()
                .with(COMPANY_Q4, COMPANY, Q4)
                .with(COMPANY_Q3, COMPANY, Q3)
                .with(SALES_Q4, SALES, Q4)
                .with(MARKETING_Q4, MARKETING, Q4));
    }

    @Test
    void assignsAPriorityToAnExistingTeamAndAnswersItsVersion() {
        when(new Assign().title("Win EMEA").successCriterion("10 new logos").dueDate(LocalDate.of(2026, 11, 30)))
                .expectEvents(new PriorityAssigned(NEW, SALES, Q4, "Win EMEA", ALICE, "10 new logos",
                        LocalDate.of(2026, 11, 30), null))
                .expectResultMessagePayload(0L);
    }

    @Test
    void textIsKeptWithoutSurroundingBlanksAndABlankSuccessCriterionIsDropped() {
        when(new Assign().title("  Win EMEA ").successCriterion("   "))
                .expectEvents(new PriorityAssigned(NEW, SALES, Q4, "Win EMEA", ALICE, null, null, null));
    }

    @Test
    void servesAPriorityOfTheParentTeamInTheSameQuarter() {
        when(new Assign().parent(COMPANY_Q4))
                .expectEvents(new PriorityAssigned(NEW, SALES, Q4, "Title", ALICE, null, null, COMPANY_Q4));
    }

    @Test
    void servesAPriorityOfAnyTeamFurtherUp() {
        when(new Assign().team(EMEA).parent(COMPANY_Q4))
                .expectEvents(new PriorityAssigned(NEW, EMEA, Q4, "Title", ALICE, null, null, COMPANY_Q4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-10-01", "2026-12-31"})
    void dueDateMayFallOnTheEdgesOfTheQuarter(LocalDate dueDate) {
        when(new Assign().dueDate(dueDate))
                .expectEvents(new PriorityAssigned(NEW, SALES, Q4, "Title", ALICE, null, dueDate, null));
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
        rejects(new Assign().parent(new PriorityId("nothing")), INVALID, "parentPriorityId");
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

    private ResultValidator<Priority> when(Assign command) {
        return fixture.givenNoPriorActivity().when(command.build());
    }

    private ResultValidator<Priority> rejects(Assign command, Kind kind, String field) {
        return when(command).expectNoEvents().expectException(rejected(kind, field));
    }

    /** A valid AssignPriority for SALES in 2026-Q4, to change one field at a time. */
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
            return new AssignPriority(NEW, team, quarter, title, owner, successCriterion, dueDate, parent);
        }
    }
}
