package io.throughline.command.priority;

import io.throughline.command.quarter.InMemoryQuarters;
import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The organisation and the cascade of priorities the priority tests work in:
 * <pre>
 * company            COMPANY_Q4, COMPANY_Q4_OTHER, COMPANY_Q4_DONE (completed), COMPANY_Q3
 *   sales            SALES_Q4; lead: Alice, member: Bob         ← the priority under test, PRIORITY, lives here
 *     emea           EMEA_Q4; member: Erin
 *   marketing        MARKETING_Q4; member: Carol
 * </pre>
 */
final class Cascade {

    static final Quarter Q3 = new Quarter("2026-Q3");
    static final Quarter Q4 = new Quarter("2026-Q4");

    static final TeamId COMPANY = new TeamId("company");
    static final TeamId SALES = new TeamId("sales");
    static final TeamId EMEA = new TeamId("emea");
    static final TeamId MARKETING = new TeamId("marketing");
    /** Another organisation, sharing the installation. */
    static final TeamId GLOBEX = new TeamId("globex");

    static final PersonId ALICE = new PersonId("alice");
    static final PersonId BOB = new PersonId("bob");
    static final PersonId CAROL = new PersonId("carol");
    static final PersonId ERIN = new PersonId("erin");

    static final PriorityId COMPANY_Q4 = new PriorityId("company-q4");
    static final PriorityId COMPANY_Q4_OTHER = new PriorityId("company-q4-other");
    static final PriorityId COMPANY_Q4_DONE = new PriorityId("company-q4-done");
    static final PriorityId COMPANY_Q3 = new PriorityId("company-q3");
    static final PriorityId SALES_Q4 = new PriorityId("sales-q4");
    static final PriorityId EMEA_Q4 = new PriorityId("emea-q4");
    static final PriorityId MARKETING_Q4 = new PriorityId("marketing-q4");
    static final PriorityId GLOBEX_Q4 = new PriorityId("globex-q4");
    static final PriorityId UNKNOWN = new PriorityId("unknown");

    /** The priority under test: a priority of sales in 2026-Q4. */
    static final PriorityId PRIORITY = new PriorityId("priority");

    private Cascade() {
    }

    static InMemoryTeams teams() {
        return new InMemoryTeams()
                .root(COMPANY).child(SALES, COMPANY).child(EMEA, SALES).child(MARKETING, COMPANY).root(GLOBEX)
                .lead(SALES, ALICE).person(SALES, BOB).person(EMEA, ERIN).person(MARKETING, CAROL);
    }

    static final AnnualGoalId SALES_2026 = new AnnualGoalId("sales-2026");
    static final AnnualGoalId COMPANY_2026 = new AnnualGoalId("company-2026");
    static final AnnualGoalId SALES_2027 = new AnnualGoalId("sales-2027");
    static final AnnualGoalId MARKETING_2026 = new AnnualGoalId("marketing-2026");
    static final AnnualGoalId SALES_2026_RETIRED = new AnnualGoalId("sales-2026-retired");

    static InMemoryAnnualGoals annualGoals() {
        return new InMemoryAnnualGoals()
                .with(SALES_2026, SALES, 2026)
                .with(COMPANY_2026, COMPANY, 2026)
                .with(SALES_2027, SALES, 2027)
                .with(MARKETING_2026, MARKETING, 2026)
                .retired(SALES_2026_RETIRED, SALES, 2026);
    }

    static InMemoryPriorities priorities() {
        return new InMemoryPriorities()
                .with(COMPANY_Q4, COMPANY, Q4)
                .with(GLOBEX_Q4, GLOBEX, Q4)
                .with(COMPANY_Q4_OTHER, COMPANY, Q4)
                .closed(COMPANY_Q4_DONE, COMPANY, Q4)
                .with(COMPANY_Q3, COMPANY, Q3)
                .with(SALES_Q4, SALES, Q4)
                .with(EMEA_Q4, EMEA, Q4)
                .with(MARKETING_Q4, MARKETING, Q4);
    }

    /** A day early in Q4, before half of it has gone: moving a priority's goalposts needs no reason yet. */
    static final Clock EARLY_IN_Q4 = Clock.fixed(Instant.parse("2026-10-20T09:00:00Z"), ZoneOffset.UTC);

    static AggregateTestFixture<Priority> fixture() {
        return fixture(EARLY_IN_Q4);
    }

    /** A fixture whose "today" is the given clock's. */
    static AggregateTestFixture<Priority> fixture(Clock clock) {
        AggregateTestFixture<Priority> fixture = new AggregateTestFixture<>(Priority.class);
        fixture.registerInjectableResource(teams());
        fixture.registerInjectableResource(priorities());
        fixture.registerInjectableResource(clock);
        fixture.registerInjectableResource(new InMemoryQuarters());
        fixture.registerInjectableResource(annualGoals());
        return fixture;
    }

    /** PRIORITY as assigned to Alice, titled "Title", serving COMPANY_Q4, with no success criterion nor due date. */
    static PriorityAssigned assigned() {
        return assignedUnder(COMPANY_Q4);
    }

    static PriorityAssigned assignedUnder(PriorityId parent) {
        return new PriorityAssigned(PRIORITY, SALES, Q4, "Title", ALICE, null, null, parent, null);
    }
}
