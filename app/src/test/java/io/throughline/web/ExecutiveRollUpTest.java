package io.throughline.web;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.team.TeamId;
import io.throughline.web.ExecutiveRollUp.Branch;
import io.throughline.web.ExecutiveRollUp.Tally;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static io.throughline.kernel.priority.PriorityStatus.AT_RISK;
import static io.throughline.kernel.priority.PriorityStatus.COMPLETED;
import static io.throughline.kernel.priority.PriorityStatus.DROPPED;
import static io.throughline.kernel.priority.PriorityStatus.NOT_STARTED;
import static io.throughline.kernel.priority.PriorityStatus.OFF_TRACK;
import static io.throughline.kernel.priority.PriorityStatus.ON_TRACK;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company priority "grow" served by ship (at risk, with carrier off track below it), hire (on track, reported
 * 17 days ago, due yesterday), docs (completed, due yesterday) and print (dropped); "keep" is all on track.
 */
class ExecutiveRollUpTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");
    private static final LocalDate YESTERDAY = TODAY.minusDays(1);

    private final CascadeNode carrier = node("carrier", OFF_TRACK, null, NOW.minus(Duration.ofDays(2)));
    private final CascadeNode ship = node("ship", AT_RISK, null, NOW.minus(Duration.ofDays(13)), carrier);
    private final CascadeNode hire = node("hire", ON_TRACK, YESTERDAY, NOW.minus(Duration.ofDays(17)));
    private final CascadeNode docs = node("docs", COMPLETED, YESTERDAY, NOW.minus(Duration.ofDays(40)));
    private final CascadeNode print = node("print", DROPPED, null, null);
    private final CascadeNode grow = node("grow", ON_TRACK, null, NOW, ship, hire, docs, print);
    private final CascadeNode keep = node("keep", ON_TRACK, null, NOW, node("calls", ON_TRACK, null, NOW));

    @Test
    void eachCompanyPriorityTalliesWhatServesItWorstFirstLeavingTheDroppedOutOfTheTotal() {
        Branch growing = ExecutiveRollUp.of(List.of(grow), NOW, TODAY, false).get(0);

        assertThat(growing.tally()).containsExactly(new Tally(OFF_TRACK, 1, 4), new Tally(AT_RISK, 1, 4),
                new Tally(ON_TRACK, 1, 4), new Tally(COMPLETED, 1, 4), new Tally(DROPPED, 1, 4));
    }

    @Test
    void aReportOlderThanAFortnightIsStaleAndAPassedDueDateOverdueOnlyWhileOpen() {
        List<Branch> served = ExecutiveRollUp.of(List.of(grow), NOW, TODAY, false).get(0).children();

        assertThat(served).extracting(branch -> branch.node().title(), Branch::stale, Branch::overdue, Branch::closed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ship", false, false, false),
                        org.assertj.core.groups.Tuple.tuple("hire", true, true, false),
                        org.assertj.core.groups.Tuple.tuple("docs", false, false, true),
                        org.assertj.core.groups.Tuple.tuple("print", false, false, true));
    }

    @Test
    void aPriorityNeverReportedGoesStaleAFortnightAfterItWasAssigned() {
        CascadeNode fresh = new CascadeNode(new PriorityId("fresh"), "fresh", new TeamId("t"), "Team",
                new PersonId("p"), NOT_STARTED, null, false, NOW.minus(Duration.ofDays(3)), null, Map.of(), List.of(),
                List.of(), null, BigDecimal.ZERO, BigDecimal.ONE, false, List.of());
        CascadeNode old = new CascadeNode(new PriorityId("old"), "old", new TeamId("t"), "Team",
                new PersonId("p"), NOT_STARTED, null, false, NOW.minus(Duration.ofDays(15)), null, Map.of(), List.of(),
                List.of(), null, BigDecimal.ZERO, BigDecimal.ONE, false, List.of());

        assertThat(ExecutiveRollUp.of(List.of(fresh, old), NOW, TODAY, false)).extracting(Branch::stale)
                .containsExactly(false, true);
    }

    @Test
    void theTroubleFilterKeepsOnlyThePathsToAtRiskAndOffTrackPriorities() {
        List<Branch> troubled = ExecutiveRollUp.of(List.of(grow, keep), NOW, TODAY, true);

        assertThat(troubled).extracting(branch -> branch.node().title()).containsExactly("grow");
        assertThat(troubled.get(0).children()).extracting(branch -> branch.node().title()).containsExactly("ship");
        assertThat(troubled.get(0).children().get(0).children()).extracting(branch -> branch.node().title())
                .containsExactly("carrier");
        assertThat(troubled.get(0).tally()).as("the tally still counts everything serving it").hasSize(5);
    }

    @Test
    void underABranchWhatNeedsAttentionComesFirstAndPastTheLimitTheRestIsCountedNotDrawn() {
        List<CascadeNode> many = new ArrayList<>();
        for (int i = 0; i < ExecutiveRollUp.SHOWN_BELOW + 3; i++) {
            many.add(node("calm " + i, ON_TRACK, null, NOW));
        }
        many.add(node("late", ON_TRACK, YESTERDAY, NOW));
        many.add(node("burning", OFF_TRACK, null, NOW));
        CascadeNode big = node("big", ON_TRACK, null, NOW, many.toArray(CascadeNode[]::new));

        int serving = many.size();
        Branch drawn = ExecutiveRollUp.of(List.of(big), NOW, TODAY, false).get(0);
        assertThat(drawn.children()).hasSize(ExecutiveRollUp.SHOWN_BELOW);
        assertThat(drawn.children()).extracting(branch -> branch.node().title()).startsWith("burning", "late", "calm 0");
        assertThat(drawn.hidden()).isEqualTo(5);
        assertThat(drawn.tally()).as("the tally counts every one").containsExactly(new Tally(OFF_TRACK, 1, serving),
                new Tally(ON_TRACK, serving - 1, serving));

        Branch whole = ExecutiveRollUp.of(List.of(big), NOW, TODAY, false, Integer.MAX_VALUE).get(0);
        assertThat(whole.children()).hasSize(serving);
        assertThat(whole.hidden()).isZero();
    }

    /** A node whose serving counts are those of its children, as the query side answers them. */
    private static CascadeNode node(String title, PriorityStatus status, LocalDate due, Instant reportedAt,
                                    CascadeNode... children) {
        Map<PriorityStatus, Integer> serving = new EnumMap<>(PriorityStatus.class);
        for (CascadeNode child : children) {
            serving.merge(child.status(), 1, Integer::sum);
            child.serving().forEach((s, count) -> serving.merge(s, count, Integer::sum));
        }
        return new CascadeNode(new PriorityId(title), title, new TeamId("team"), "Team", new PersonId("owner"), status,
                due, false, NOW.minus(Duration.ofDays(60)), reportedAt, serving, List.of(children), List.of(),
                null, BigDecimal.ZERO, BigDecimal.ONE, false, List.of());
    }
}
