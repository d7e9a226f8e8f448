package io.throughline.query.dashboard;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.dashboard.CompanyDashboard;
import io.throughline.kernel.dashboard.CompanyDashboard.CascadeNode;
import io.throughline.kernel.dashboard.CompanyDashboard.CrossLink;
import io.throughline.kernel.dashboard.CompanyDashboard.FlaggedPriority;
import io.throughline.kernel.dashboard.CompanyDashboard.OptimisticPriority;
import io.throughline.kernel.dashboard.CompanyDashboard.Share;
import io.throughline.kernel.priority.Contributions.Contribution;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.progress.MeasureKind;
import io.throughline.kernel.team.TeamId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.throughline.kernel.priority.PriorityStatus.AT_RISK;
import static io.throughline.kernel.priority.PriorityStatus.DROPPED;
import static io.throughline.kernel.priority.PriorityStatus.OFF_TRACK;
import static io.throughline.kernel.priority.PriorityStatus.ON_TRACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The roll-up of a company run by ceo and cfo (level 0) with Sales (level 1) and Inbound (level 2) below it:
 * <pre>
 * grow   (ceo)                      serves nothing, company priority
 *   win    (dana, Sales)            aligned
 *     leads  (ines, Inbound)        aligned, changed 3 times
 * costs  (cfo, DROPPED)             company priority
 *   vendors (ceo, Sales)            orphaned
 * hire   (dana, Sales)              serves nothing, changed twice
 * office (olaf, Sales, DROPPED)     changed 5 times
 * </pre>
 */
class CompanyRollUpTest {

    private static final Quarter Q4 = new Quarter("2026-Q4");
    private static final Instant ASSIGNED = Instant.parse("2026-10-01T09:00:00Z");
    private static final Set<PersonId> EXECUTIVES = Set.of(new PersonId("ceo"), new PersonId("cfo"));
    /** 6 December 2026: 67 of Q4's 92 days gone, 72.8 % expected. */
    private static final QuarterMeasures MEASURES = new QuarterMeasures(Q4, LocalDate.of(2026, 12, 6), Map.of());

    private final CompanyPriority grow = priority("grow", 0, "ceo", null, ON_TRACK, false, 0);
    private final CompanyPriority costs = priority("costs", 0, "cfo", null, DROPPED, false, 0);
    private final CompanyPriority win = priority("win", 1, "dana", "grow", ON_TRACK, false, 1);
    private final CompanyPriority vendors = priority("vendors", 1, "ceo", "costs", ON_TRACK, true, 0);
    private final CompanyPriority hire = priority("hire", 1, "dana", null, ON_TRACK, false, 2);
    private final CompanyPriority office = priority("office", 1, "olaf", null, DROPPED, false, 5);
    private final CompanyPriority leads = priority("leads", 2, "ines", "win", ON_TRACK, false, 3);

    private final CompanyDashboard dashboard = CompanyRollUp.of(Q4,
            List.of(grow, costs, win, vendors, hire, office, leads), List.of(), EXECUTIVES, MEASURES);

    @Test
    void theCascadeNestsEachCompanyPriorityWithWhatServesItAtAnyDepth() {
        assertThat(dashboard.priorities()).containsExactly(
                node(grow, node(win, node(leads))),
                node(costs, node(vendors)));
    }

    @Test
    void ownershipBelowTheExecutivesCountsThePrioritiesNotDropped() {
        // win, hire, leads of the five not dropped (grow, win, vendors, hire, leads); vendors is the ceo's.
        assertThat(dashboard.ownedBelowExecutives()).isEqualTo(new Share(3, 5, new BigDecimal("0.6000")));
    }

    @Test
    void alignmentCountsTeamPrioritiesServingAParentThatStands() {
        // win and leads of win, vendors, hire, leads: vendors serves a dropped parent, hire serves none.
        assertThat(dashboard.alignment()).isEqualTo(new Share(2, 4, new BigDecimal("0.5000")));
    }

    @Test
    void orphansAreThePrioritiesNotDroppedWhoseParentIsDropped() {
        assertThat(dashboard.orphaned()).containsExactly(vendors.flagged(costs.crossLink(), List.of()));
    }

    @Test
    void aPriorityContributingToADroppedPriorityIsAnOrphanToo() {
        CompanyDashboard linked = CompanyRollUp.of(Q4, List.of(grow, costs, win, vendors, hire, office, leads),
                List.of(link("hire", "costs", true), link("win", "costs", true), link("office", "grow", false)),
                EXECUTIVES, MEASURES);

        assertThat(linked.orphaned()).containsExactly(win.flagged(null, List.of(costs.crossLink())),
                vendors.flagged(costs.crossLink(), List.of()), hire.flagged(null, List.of(costs.crossLink())));
        // an orphan still serves its parent: alignment counts the cascade, not the cross-links
        assertThat(linked.alignment()).isEqualTo(dashboard.alignment());
    }

    @Test
    void aNodeShowsWhatItContributesToAsCrossLinksNotAsChildren() {
        CompanyDashboard linked = CompanyRollUp.of(Q4, List.of(grow, costs, win, vendors, hire, office, leads),
                List.of(link("leads", "hire", false), link("leads", "costs", true)), EXECUTIVES, MEASURES);

        CascadeNode leadsNode = linked.priorities().get(0).children().get(0).children().get(0);
        assertThat(leadsNode.contributesTo()).containsExactly(hire.crossLink(), costs.crossLink());
        assertThat(leadsNode.contributesTo()).extracting(CrossLink::title, CrossLink::teamName)
                .containsExactly(tuple("Title of hire", "Sales"), tuple("Title of costs", "Acme"));
        assertThat(linked.priorities()).extracting(CascadeNode::id)
                .containsExactly(new PriorityId("grow"), new PriorityId("costs"));
        assertThat(linked.priorities().get(1).children()).extracting(CascadeNode::id)
                .containsExactly(new PriorityId("vendors"));
    }

    @Test
    void churnListsMoreThanTwoChangesMostChangedFirstDroppedOrNot() {
        assertThat(dashboard.churn()).extracting(FlaggedPriority::id, FlaggedPriority::changeCount)
                .containsExactly(tuple(new PriorityId("office"), 5),
                        tuple(new PriorityId("leads"), 3));
    }

    @Test
    void eachPriorityCountsTheStatusesOfEverythingServingItAtAnyDepth() {
        CompanyPriority ship = priority("ship", 1, "dana", "grow", AT_RISK, false, 0);
        CompanyPriority carrier = priority("carrier", 2, "ines", "ship", OFF_TRACK, false, 0);
        CompanyPriority trucks = priority("trucks", 2, "ines", "ship", DROPPED, false, 0);
        CompanyPriority reported = new CompanyPriority(win.id(), win.title(), win.teamId(), "Sales", 1, win.ownerId(),
                win.status(), null, win.parentPriorityId(), false, 0, ASSIGNED, Instant.parse("2026-11-20T10:00:00Z"),
                CompanyPriority.Measured.NONE);

        CascadeNode company = CompanyRollUp.of(Q4, List.of(grow, reported, ship, carrier, trucks), List.of(), EXECUTIVES,
                        MEASURES)
                .priorities().get(0);

        assertThat(company.serving()).isEqualTo(Map.of(ON_TRACK, 1, AT_RISK, 1, OFF_TRACK, 1, DROPPED, 1));
        assertThat(company.children()).extracting(CascadeNode::title, node -> node.serving())
                .containsExactly(tuple("Title of win", Map.of()), tuple("Title of ship", Map.of(OFF_TRACK, 1, DROPPED, 1)));
        assertThat(company.children().get(0).reportedAt()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
        assertThat(company.assignedAt()).isEqualTo(ASSIGNED);
    }

    @Test
    void aQuarterWithoutPrioritiesHasNothingToMeasure() {
        CompanyDashboard empty = CompanyRollUp.of(Q4, List.of(), List.of(), EXECUTIVES, MEASURES);

        assertThat(empty).isEqualTo(new CompanyDashboard(Q4, List.of(), new Share(0, 0, null), new Share(0, 0, null),
                List.of(), List.of(), List.of(), null, null));
    }

    @Test
    void onlyCompanyPrioritiesLeaveNoTeamPriorityToAlign() {
        CompanyDashboard companyOnly = CompanyRollUp.of(Q4, List.of(grow), List.of(), EXECUTIVES, MEASURES);

        assertThat(companyOnly.alignment()).isEqualTo(new Share(0, 0, null));
        assertThat(companyOnly.ownedBelowExecutives()).isEqualTo(new Share(0, 1, new BigDecimal("0.0000")));
    }

    @Test
    void aNodeShowsItsProgressBesideTheExpectedAndTheMeasuresBehindIt() {
        CompanyPriority measuredGrow = measured(grow, "55.0", 1, 2);
        CompanyPriority measuredWin = measured(win, "40.0", 0, 0);
        CompanyPriority droppedChild = measured(priority("spare", 1, "dana", "grow", DROPPED, false, 0), "90.0", 0, 0);
        Measure arr = new Measure(MeasureKind.METRIC, "arr", "ARR", new BigDecimal("70.0"), new BigDecimal("2"));
        QuarterMeasures withKpis = new QuarterMeasures(Q4, LocalDate.of(2026, 12, 6),
                Map.of(grow.id(), List.of(arr)));

        CascadeNode company = CompanyRollUp.of(Q4, List.of(measuredGrow, measuredWin, droppedChild), List.of(),
                EXECUTIVES, withKpis).priorities().get(0);

        assertThat(company.progress()).isEqualByComparingTo("55.0");
        assertThat(company.expectedProgress()).isEqualByComparingTo("72.8");
        assertThat(company.measures()).extracting(Measure::kind, Measure::name, Measure::contribution)
                .containsExactly(tuple(MeasureKind.METRIC, "ARR", new BigDecimal("70.0")),
                        tuple(MeasureKind.MILESTONES, "Milestones", new BigDecimal("50.0")),
                        tuple(MeasureKind.PRIORITY, "Title of win", new BigDecimal("40.0")));
    }

    @Test
    void onTrackPrioritiesMoreThanTwentyFivePointsBehindAreOptimisticFurthestBehindFirst() {
        // 72.8 % expected: 40 is 32.8 behind, 47.7 is 25.1 behind, 47.8 exactly 25
        CompanyPriority far = measured(priority("far", 1, "dana", "grow", ON_TRACK, false, 0), "40.0", 0, 0);
        CompanyPriority just = measured(priority("just", 1, "dana", "grow", ON_TRACK, false, 0), "47.7", 0, 0);
        CompanyPriority edge = measured(priority("edge", 1, "dana", "grow", ON_TRACK, false, 0), "47.8", 0, 0);
        CompanyPriority honest = measured(priority("honest", 1, "dana", "grow", AT_RISK, false, 0), "10.0", 0, 0);
        CompanyPriority unmeasured = priority("unmeasured", 1, "dana", "grow", ON_TRACK, false, 0);

        CompanyDashboard measuredDashboard = CompanyRollUp.of(Q4, List.of(grow, just, far, edge, honest, unmeasured),
                List.of(), EXECUTIVES, MEASURES);

        assertThat(measuredDashboard.optimistic()).extracting(OptimisticPriority::title,
                        OptimisticPriority::progress, OptimisticPriority::expectedProgress)
                .containsExactly(tuple("Title of far", new BigDecimal("40.0"), new BigDecimal("72.8")),
                        tuple("Title of just", new BigDecimal("47.7"), new BigDecimal("72.8")));
        assertThat(dashboard.optimistic()).isEmpty();
    }

    private static CompanyPriority measured(CompanyPriority priority, String progress, int milestonesDone,
                                            int milestonesTotal) {
        return new CompanyPriority(priority.id(), priority.title(), priority.teamId(), priority.teamName(),
                priority.teamLevel(), priority.ownerId(), priority.status(), priority.dueDate(),
                priority.parentPriorityId(), priority.orphaned(), priority.changeCount(), priority.assignedAt(),
                priority.reportedAt(), new CompanyPriority.Measured(new BigDecimal(progress), BigDecimal.ONE,
                BigDecimal.ONE, milestonesDone, milestonesTotal));
    }

    /** Its node, with the statuses of what serves it counted here at any depth, apart from the roll-up's own count. */
    private static CascadeNode node(CompanyPriority priority, CascadeNode... children) {
        Map<PriorityStatus, Integer> serving = new EnumMap<>(PriorityStatus.class);
        for (CascadeNode child : children) {
            serving.merge(child.status(), 1, Integer::sum);
            child.serving().forEach((status, count) -> serving.merge(status, count, Integer::sum));
        }
        return priority.node(List.of(children), serving, List.of(), MEASURES);
    }

    private static Contribution link(String from, String to, boolean targetDropped) {
        return new Contribution(new PriorityId(from), new PriorityId(to), targetDropped);
    }

    private static CompanyPriority priority(String id, int teamLevel, String owner, String parent, PriorityStatus status,
                                            boolean orphaned, int changes) {
        String team = switch (teamLevel) {
            case 0 -> "Acme";
            case 1 -> "Sales";
            default -> "Inbound";
        };
        return new CompanyPriority(new PriorityId(id), "Title of " + id, new TeamId(team.toLowerCase()), team, teamLevel,
                new PersonId(owner), status, null, parent == null ? null : new PriorityId(parent), orphaned, changes,
                ASSIGNED, null, CompanyPriority.Measured.NONE);
    }
}
