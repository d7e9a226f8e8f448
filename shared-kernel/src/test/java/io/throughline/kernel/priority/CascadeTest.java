package io.throughline.kernel.priority;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.team.TeamId;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CascadeTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final TeamId COMPANY = new TeamId("company");
    private static final TeamId SALES = new TeamId("sales");
    private static final TeamId NORDICS = new TeamId("nordics");
    private static final TeamId OPS = new TeamId("ops");

    /** A priority of Nordics, which is below Sales, which is below the company. */
    private final Cascade nordics = Cascade.below(List.of(NORDICS, SALES, COMPANY), Q4);

    @Test
    void aPriorityMayServeAnOpenPriorityOfItsParentTeam() {
        assertThat(nordics.refusal(SALES, Q4, false)).isEmpty();
        assertThat(nordics.mayServe(priority(SALES, Q4, PriorityStatus.ON_TRACK))).isTrue();
    }

    @Test
    void aPriorityMayServeAPriorityOfAnyTeamAboveUpToTheRoot() {
        assertThat(nordics.refusal(COMPANY, Q4, false)).isEmpty();
        assertThat(nordics.mayServe(priority(COMPANY, Q4, PriorityStatus.NOT_STARTED))).isTrue();
    }

    @Test
    void aPriorityMayNotServeItsOwnTeamNorATeamBesideOrBelow() {
        assertThat(nordics.refusal(NORDICS, Q4, false)).contains(Cascade.Refusal.NOT_HELD_ABOVE);
        assertThat(nordics.refusal(OPS, Q4, false)).contains(Cascade.Refusal.NOT_HELD_ABOVE);
        assertThat(Cascade.below(List.of(SALES, COMPANY), Q4).refusal(NORDICS, Q4, false))
                .contains(Cascade.Refusal.NOT_HELD_ABOVE);
    }

    @Test
    void aRootTeamsPriorityServesNothing() {
        assertThat(Cascade.below(List.of(COMPANY), Q4).teamsAbove()).isEmpty();
        assertThat(Cascade.below(List.of(), Q4).refusal(COMPANY, Q4, false)).contains(Cascade.Refusal.NOT_HELD_ABOVE);
    }

    @Test
    void aPriorityServesOnlyItsOwnQuarter() {
        assertThat(nordics.refusal(COMPANY, new Quarter("2027-Q1"), false)).contains(Cascade.Refusal.OTHER_QUARTER);
    }

    @Test
    void aCompletedOrDroppedPriorityCannotBeServed() {
        assertThat(nordics.refusal(COMPANY, Q4, true)).contains(Cascade.Refusal.CLOSED);
        assertThat(nordics.mayServe(priority(COMPANY, Q4, PriorityStatus.DROPPED))).isFalse();
        assertThat(nordics.mayServe(priority(COMPANY, Q4, PriorityStatus.COMPLETED))).isFalse();
    }

    @Test
    void theQuarterIsCheckedFirstThenTheTeamThenWhetherItIsOpen() {
        assertThat(nordics.refusal(OPS, new Quarter("2027-Q1"), true)).contains(Cascade.Refusal.OTHER_QUARTER);
        assertThat(nordics.refusal(OPS, Q4, true)).contains(Cascade.Refusal.NOT_HELD_ABOVE);
    }

    private static PriorityView priority(TeamId team, Quarter quarter, PriorityStatus status) {
        return new PriorityView(new PriorityId("p-" + team.value()), team, quarter, "Grow", null, new PersonId("mona"),
                status, null, null, null, null, null, false, 1, null, null, null);
    }
}
