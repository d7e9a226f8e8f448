package io.throughline.nudge;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CommitmentStatus;
import io.throughline.kernel.checkin.CommitmentView;
import io.throughline.kernel.checkin.DirectReport;
import io.throughline.kernel.checkin.OpenCommitments;
import io.throughline.kernel.huddle.HuddleId;
import io.throughline.kernel.huddle.StuckItemId;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.me.MyWeek;
import io.throughline.kernel.metric.Cadence;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import io.throughline.web.People;
import io.throughline.web.words.Words;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of what is due, on a Monday, 30 November 2026: from what the read models say, without them. */
class WhatIsDueTest {

    static final LocalDate MONDAY = LocalDate.parse("2026-11-30");
    static final PersonId NINA = new PersonId("nina");
    static final TeamId SALES = new TeamId("sales");
    static final DueThresholds THRESHOLDS = new DueThresholds(14, 7, 30, 14);

    final Words words = Words.outsidePages(messages(), Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"),
            ZoneOffset.UTC), () -> new People.Names(Map.of("olaf", "Olaf Dahl")));

    @Test
    void aKpiIsDueWhenTheLastCompletedPeriodHasNoValueAndNotForOlderGaps() {
        List<DueItem> due = due(inputs(List.of(), List.of(
                kpi("weekly", Cadence.WEEKLY, "2026-W46", "2026-W48"),
                kpi("older-gap", Cadence.WEEKLY, "2026-W46"),
                kpi("monthly", Cadence.MONTHLY, "2026-10")), List.of(), List.of(), List.of()));

        assertThat(due).extracting(DueItem::text).containsExactly(
                "Record weekly for Week 48 (23–29 Nov)", "Record monthly for October 2026");
    }

    @Test
    void aPriorityIsDueWhenDueSoonOrUnreportedForLong() {
        PriorityView soon = priority("soon", LocalDate.parse("2026-12-07"));
        PriorityView later = priority("later", LocalDate.parse("2026-12-08"));
        PriorityView late = priority("late", LocalDate.parse("2026-11-27"));
        PriorityView quiet = priority("quiet", null);
        DueInputs inputs = inputs(List.of(soon, later, late, quiet), List.of(), List.of(), List.of(), List.of());
        DueInputs withReports = new DueInputs(inputs.week(), List.of(), Map.of(
                "soon", Instant.parse("2026-11-29T10:00:00Z"),
                "later", Instant.parse("2026-11-16T10:00:00Z"),
                "late", Instant.parse("2026-11-20T10:00:00Z"),
                "quiet", Instant.parse("2026-11-15T10:00:00Z")), inputs.commitments(), List.of(), List.of());

        assertThat(due(withReports)).extracting(DueItem::text).containsExactly(
                "“soon”: is due Mon 7 Dec",
                "“late”: was due Fri 27 Nov",
                "“quiet”: no status report for 15 days");
    }

    @Test
    void aCommitmentIsDueWhenOverdueOrDueThisWeek() {
        List<DueItem> due = due(inputs(List.of(), List.of(), List.of(
                commitment("overdue", "2026-11-29"), commitment("sunday", "2026-12-06"),
                commitment("next week", "2026-12-07")), List.of(), List.of()));

        assertThat(due).extracting(DueItem::text).containsExactly("“overdue” was due Sun 29 Nov",
                "“sunday” is due Sun 6 Dec");
        assertThat(due).extracting(DueItem::team).containsOnlyNulls();
    }

    @Test
    void aLeadIsToldOfTheHuddleNotHeldTheReportsNotMetAndWhatIsStuck() {
        DueInputs inputs = new DueInputs(week(List.of(), List.of(
                new MyWeek.TeamWeek(SALES, "Sales", null),
                new MyWeek.TeamWeek(new TeamId("support"), "Support", MONDAY))),
                List.of(), Map.of(), new OpenCommitments(NINA, MONDAY, 0, List.of()),
                List.of(new DirectReport(new PersonId("olaf"), null, null),
                        new DirectReport(new PersonId("pia"), LocalDate.parse("2026-10-30"), 31L),
                        new DirectReport(new PersonId("quinn"), LocalDate.parse("2026-10-31"), 30L)),
                List.of(new TeamHuddles(SALES, "Sales", Quarter.of(MONDAY), null, List.of(
                        stuck("Legal review", 15), stuck("Travel budget", 14)), List.of(), null, List.of())));

        assertThat(due(inputs)).extracting(DueItem::text).containsExactly(
                "Sales has not held its huddle this week",
                "No check-in with Olaf Dahl yet",
                "No check-in with pia for 31 days",
                "Stuck for 15 days in Sales: “Legal review”");
    }

    private List<DueItem> due(DueInputs inputs) {
        return WhatIsDue.of(inputs, THRESHOLDS, words);
    }

    private static DueInputs inputs(List<PriorityView> priorities, List<MyWeek.OwnedMetric> metrics,
                                    List<CommitmentView> commitments, List<DirectReport> reports,
                                    List<TeamHuddles> led) {
        return new DueInputs(week(priorities, List.of()), metrics, Map.of(),
                new OpenCommitments(NINA, MONDAY, 0, commitments), reports, led);
    }

    private static MyWeek week(List<PriorityView> priorities, List<MyWeek.TeamWeek> led) {
        return new MyWeek(NINA, MONDAY, priorities, List.of(), 0, 0, null, List.of(), led, Map.of());
    }

    private static MyWeek.OwnedMetric kpi(String name, Cadence cadence, String... missing) {
        MetricSummary metric = new MetricSummary(new MetricId(name), SALES, name, "", MetricKind.LAGGING,
                Direction.HIGHER_IS_BETTER, cadence, BigDecimal.TEN, null, null, NINA, null, false, null, null, null,
                null, true, List.of());
        return new MyWeek.OwnedMetric(metric, Arrays.stream(missing).map(Period::new).toList());
    }

    private static PriorityView priority(String id, LocalDate due) {
        return new PriorityView(new PriorityId(id), SALES, Quarter.of(MONDAY), id, null, NINA,
                PriorityStatus.ON_TRACK, null, null, null, due, null, false, 0, null, null, null);
    }

    private static CommitmentView commitment(String text, String due) {
        return new CommitmentView(new CheckInId("c"), 1, NINA, new PersonId("olaf"), text, LocalDate.parse(due),
                CommitmentStatus.OPEN, false, null);
    }

    private static TeamHuddles.OpenStuckItem stuck(String description, long age) {
        return new TeamHuddles.OpenStuckItem(new StuckItemId(description), description, NINA, null,
                new HuddleId("h"), MONDAY.minusDays(age), age);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }
}
