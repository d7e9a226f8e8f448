package io.throughline.command.priority;

import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.Change;
import io.throughline.kernel.priority.AssignPriority;
import io.throughline.kernel.priority.PriorityAnnualGoalChanged;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityStatusUpdated;
import io.throughline.kernel.priority.ServeAnnualGoal;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.command.priority.Cascade.ALICE;
import static io.throughline.command.priority.Cascade.ERIN;
import static io.throughline.command.priority.Cascade.COMPANY;
import static io.throughline.command.priority.Cascade.COMPANY_2026;
import static io.throughline.command.priority.Cascade.COMPANY_Q4;
import static io.throughline.command.priority.Cascade.EMEA;
import static io.throughline.command.priority.Cascade.MARKETING_2026;
import static io.throughline.command.priority.Cascade.PRIORITY;
import static io.throughline.command.priority.Cascade.Q4;
import static io.throughline.command.priority.Cascade.SALES;
import static io.throughline.command.priority.Cascade.SALES_2026;
import static io.throughline.command.priority.Cascade.SALES_2026_RETIRED;
import static io.throughline.command.priority.Cascade.SALES_2027;
import static io.throughline.command.priority.Cascade.assigned;
import static io.throughline.kernel.CommandRejection.Kind.CONFLICT;
import static io.throughline.kernel.CommandRejection.Kind.RULE_BROKEN;

/** Which annual goal of its year a priority serves: AssignPriority with annualGoalId, and ServeAnnualGoal. */
class AnnualGoalServedTest {

    private AggregateTestFixture<Priority> fixture;

    @BeforeEach
    void setUp() {
        fixture = Cascade.fixture();
    }

    @Nested
    class AssigningAPriorityThatServesAGoal {

        @Test
        void servesAStandingGoalOfItsOwnTeamAndYear() {
            fixture.givenNoPriorActivity()
                    .when(assign(SALES, SALES_2026))
                    .expectEvents(new PriorityAssigned(PRIORITY, SALES, Q4, "Title", ALICE, null, null, null, SALES_2026));
        }

        @Test
        void servesAGoalOfATeamFurtherUp() {
            fixture.givenNoPriorActivity()
                    .when(new AssignPriority(PRIORITY, EMEA, Q4, "Title", ERIN, null, null, null, COMPANY_2026))
                    .expectEvents(new PriorityAssigned(PRIORITY, EMEA, Q4, "Title", ERIN, null, null, null, COMPANY_2026));
        }

        @Test
        void anUnknownGoalIsRefusedNamingIt() {
            refuses(assign(SALES, new AnnualGoalId("nowhere")));
        }

        @Test
        void aGoalOfASiblingTeamIsRefused() {
            refuses(assign(SALES, MARKETING_2026));
        }

        @Test
        void aGoalOfATeamBelowIsRefused() {
            refuses(assign(COMPANY, SALES_2026));
        }

        @Test
        void aGoalOfAnotherYearIsRefused() {
            refuses(assign(SALES, SALES_2027));
        }

        @Test
        void aRetiredGoalIsRefused() {
            refuses(assign(SALES, SALES_2026_RETIRED));
        }

        private AssignPriority assign(TeamId team, AnnualGoalId goal) {
            return new AssignPriority(PRIORITY, team, Q4, "Title", ALICE, null, null, null, goal);
        }

        private void refuses(AssignPriority command) {
            fixture.givenNoPriorActivity().when(command)
                    .expectNoEvents().expectException(rejected(RULE_BROKEN, "annualGoalId"));
        }
    }

    @Nested
    class ChangingTheGoalAPriorityServes {

        @Test
        void aPriorityStartsServingAGoal() {
            fixture.given(assigned())
                    .when(serve(SALES_2026, null))
                    .expectEvents(new PriorityAnnualGoalChanged(PRIORITY, new Change<>(null, SALES_2026), null))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void aPriorityServesAnotherGoal() {
            fixture.given(servingSales2026())
                    .when(serve(COMPANY_2026, "the company took the goal over"))
                    .expectEvents(new PriorityAnnualGoalChanged(PRIORITY, new Change<>(SALES_2026, COMPANY_2026),
                            "the company took the goal over"));
        }

        @Test
        void aPriorityStopsServingAnyGoal() {
            fixture.given(servingSales2026())
                    .when(serve(null, null))
                    .expectEvents(new PriorityAnnualGoalChanged(PRIORITY, new Change<>(SALES_2026, null), null));
        }

        @Test
        void servingTheGoalItAlreadyServesIsAConflict() {
            fixture.given(servingSales2026())
                    .when(serve(SALES_2026, null))
                    .expectNoEvents().expectException(rejected(CONFLICT, "annualGoalId"));
        }

        @Test
        void aRetiredGoalIsRefused() {
            fixture.given(assigned())
                    .when(serve(SALES_2026_RETIRED, null))
                    .expectNoEvents().expectException(rejected(RULE_BROKEN, "annualGoalId"));
        }

        @Test
        void aGoalOfAnotherYearIsRefused() {
            fixture.given(assigned())
                    .when(serve(SALES_2027, null))
                    .expectNoEvents().expectException(rejected(RULE_BROKEN, "annualGoalId"));
        }

        @Test
        void afterAStatusReportTheMoveNeedsAReason() {
            fixture.given(assigned(), new PriorityStatusUpdated(PRIORITY,
                            new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.ON_TRACK), null, null))
                    .when(serve(SALES_2026, null))
                    .expectNoEvents().expectException(rejected(RULE_BROKEN, "reason"));
        }

        @Test
        void aClosedPriorityServesNoNewGoal() {
            fixture.given(assigned(), new PriorityDropped(PRIORITY,
                            new Change<>(PriorityStatus.NOT_STARTED, PriorityStatus.DROPPED), "no budget"))
                    .when(serve(SALES_2026, null))
                    .expectNoEvents().expectException(rejected(CONFLICT, null));
        }

        private PriorityAssigned servingSales2026() {
            return new PriorityAssigned(PRIORITY, SALES, Q4, "Title", ALICE, null, null, COMPANY_Q4, SALES_2026);
        }

        private ServeAnnualGoal serve(AnnualGoalId goal, String reason) {
            return new ServeAnnualGoal(PRIORITY, goal, reason, null);
        }
    }
}
