package io.throughline.web.words;

import io.throughline.kernel.audit.AuditEntry;
import io.throughline.kernel.audit.AuditLogEntry;
import io.throughline.kernel.audit.FieldChange;
import io.throughline.web.People;
import io.throughline.web.words.HistorySentences.Line;
import io.throughline.web.words.HistorySentences.Told;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event the audit log records (AuditProjection records them all), told as a leader or an auditor reads it. */
class HistorySentencesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final String SALES = "31e68147-0c5e-4b1a-9a52-6f1c2d3e4f50";
    private static final String ACME = "team-acme";
    private static final String GROW = "prio-grow";
    private static final String LOGOS = "prio-logos";
    private static final String ARR = "metric-arr";
    private static final String GOAL = "goal-arr";

    private final HistorySentences sentences = new HistorySentences(new Words(messages(),
            Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("UTC"), () -> new People.Names(Map.of("marcus", "Marcus Webb",
            "tom", "Tom Hale", "nina", "Nina Berg", "dana", "Dana Lee"))), new Things() {
        @Override
        public String team(String teamId) {
            return Map.of(SALES, "Sales", ACME, "Acme").get(teamId);
        }

        @Override
        public String priority(String priorityId) {
            return Map.of(GROW, "Grow ARR", LOGOS, "Win logos").get(priorityId);
        }

        @Override
        public String annualGoal(String goalId) {
            return Map.of(GOAL, "Double ARR").get(goalId);
        }

        @Override
        public Kpi kpi(String metricId) {
            return ARR.equals(metricId) ? new Kpi("ARR", "kEUR") : null;
        }
    });

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        return source;
    }

    // ---- A priority's own history, where the priority is "it".

    @Test
    void assigned() {
        Told told = ofPriority("dana", "PriorityAssigned", null, set("teamId", SALES), set("quarter", "2026-Q4"),
                set("title", "Win logos"), set("ownerId", "tom"), set("dueDate", "2026-12-18"),
                set("parentPriorityId", GROW));
        assertThat(told.sentence()).isEqualTo("Dana Lee assigned it to Tom Hale for Q4 2026 under “Grow ARR”");
        assertThat(told.lines()).containsExactly(new Line("Title", null, "Win logos"),
                new Line("Due", null, "Fri 18 Dec"));
    }

    @Test
    void assignedServingAnAnnualGoalNamesTheGoal() {
        Told told = ofPriority("dana", "PriorityAssigned", null, set("teamId", SALES), set("quarter", "2026-Q4"),
                set("title", "Win logos"), set("ownerId", "tom"), set("annualGoalId", GOAL));
        assertThat(told.sentence())
                .isEqualTo("Dana Lee assigned it to Tom Hale for Q4 2026 serving the annual goal “Double ARR”");
        assertThat(told.lines()).containsExactly(new Line("Title", null, "Win logos"));
    }

    @Test
    void theAnnualGoalAPriorityServesIsToldByTitleWithTheReason() {
        assertThat(ofPriority("dana", "PriorityAnnualGoalChanged", null, change("annualGoalId", null, GOAL)).sentence())
                .isEqualTo("Dana Lee made it serve the annual goal “Double ARR”");
        assertThat(ofPriority("dana", "PriorityAnnualGoalChanged", "the board merged them",
                change("annualGoalId", "goal-gone", GOAL)).sentence())
                .isEqualTo("Dana Lee made it serve the annual goal “Double ARR” instead of an annual goal not listed "
                        + "any more — the board merged them");
        Told off = ofPriority("dana", "PriorityAnnualGoalChanged", null, change("annualGoalId", GOAL, null));
        assertThat(off.sentence()).isEqualTo("Dana Lee took it off the annual goal “Double ARR”: it serves none");
        assertThat(off.lines()).isEmpty();
    }

    @Test
    void weighingAPrioritySaysItCountsDifferentlyWithEachWeightOnALine() {
        Told told = ofPriority("dana", "PriorityWeighed", null, change("weight", "1", "3"),
                change("milestonesWeight", "1", "0.5"));
        assertThat(told.sentence()).isEqualTo("Dana Lee set how much it counts in measured progress");
        assertThat(told.lines()).containsExactly(new Line("Weight in progress", "1", "3"),
                new Line("Weight of the milestones", "1", "0.5"));
    }

    @Test
    void changedFieldByFieldEachOnItsOwnLine() {
        Told told = ofPriority("dana", "PriorityChanged", null, change("title", "Win logos", "Win 5 logos"),
                change("successCriterion", null, "5 signed"), change("dueDate", "2026-12-18", "2026-12-31"));
        assertThat(told.sentence()).isEqualTo("Dana Lee changed it");
        assertThat(told.lines()).containsExactly(new Line("Title", "Win logos", "Win 5 logos"),
                new Line("Success criterion", null, "5 signed"), new Line("Due", "Fri 18 Dec", "Thu 31 Dec"));
    }

    @Test
    void milestoneAddedNamesItsTitleDueDateAndWhoCarriesIt() {
        Told told = ofPriority("dana", "MilestoneAdded", null, set("priorityId", GROW), set("milestoneId", "m-1"),
                set("title", "Pilot with two customers"), set("dueDate", "2026-11-14"), set("ownerId", "tom"));
        assertThat(told.sentence())
                .isEqualTo("Dana Lee added the milestone “Pilot with two customers”, due Sat 14 Nov, carried by Tom Hale");
        assertThat(told.lines()).isEmpty();
    }

    @Test
    void milestoneRenamedAndMovedWithItsReason() {
        Told told = ofPriority("dana", "MilestoneChanged", "Globex signs late", set("priorityId", GROW),
                set("milestoneId", "m-1"), set("milestone", "Pilot"), change("title", "Pilot", "Pilot with Globex"),
                change("dueDate", "2026-11-14", "2026-12-05"));
        assertThat(told.sentence()).isEqualTo("Dana Lee renamed the milestone “Pilot” to “Pilot with Globex” and moved "
                + "it from Sat 14 Nov to Sat 5 Dec — Globex signs late");
        assertThat(ofPriority("dana", "MilestoneChanged", "Globex signs late", set("milestone", "Pilot"),
                change("dueDate", "2026-11-14", "2026-12-05")).sentence())
                .isEqualTo("Dana Lee moved the milestone “Pilot” from Sat 14 Nov to Sat 5 Dec — Globex signs late");
    }

    @Test
    void milestoneCompletedAndRemovedInTheLogNameThePriority() {
        assertThat(ofLog("Priority", GROW, SALES, "tom", "MilestoneCompleted", null, set("priorityId", GROW),
                set("milestoneId", "m-1"), set("milestone", "Pilot")).sentence())
                .isEqualTo("Tom Hale completed the milestone “Pilot” of “Grow ARR”");
        assertThat(ofPriority("tom", "MilestoneRemoved", null, set("milestone", "Pilot")).sentence())
                .isEqualTo("Tom Hale removed the milestone “Pilot”");
    }

    @Test
    void statusReportedWithConfidenceAndComment() {
        Told told = ofPriority("nina", "PriorityStatusUpdated", null, change("status", "ON_TRACK", "AT_RISK"),
                set("comment", "Legal redlines take 3 weeks"), set("confidence", "4"));
        assertThat(told.sentence()).isEqualTo("Nina Berg reported At risk (confidence 4): Legal redlines take 3 weeks");
        assertThat(told.lines()).containsExactly(new Line("Status", "On track", "At risk"));
        assertThat(ofPriority("nina", "PriorityStatusUpdated", null, change("status", "AT_RISK", "AT_RISK")).lines())
                .as("an unchanged status needs no line").isEmpty();
    }

    @Test
    void reportedInAHuddleLinksToTheTeamsHuddles() {
        Told told = sentences.ofPriority(new AuditEntry(3, "PriorityStatusUpdated", "nina", NOW, null,
                changes(change("status", "ON_TRACK", "OFF_TRACK")), "huddle-1"), SALES);
        assertThat(told.sentence()).isEqualTo("Nina Berg reported Off track");
        assertThat(told.link()).isEqualTo(new HistorySentences.Link("/teams/" + SALES + "#last-huddle",
                "Reported in a huddle of Sales"));
    }

    @Test
    void reassignedFromOneToAnotherWithTheReason() {
        assertThat(ofPriority("marcus", "PriorityReassigned", "Tom takes over reseller work",
                change("ownerId", "tom", "nina")).sentence())
                .isEqualTo("Marcus Webb reassigned it from Tom Hale to Nina Berg — Tom takes over reseller work");
    }

    @Test
    void aMovedGoalpostSaysWhy() {
        assertThat(ofPriority("dana", "PriorityChanged", "the customer moved the launch",
                change("dueDate", "2026-12-18", "2026-12-31")).sentence())
                .isEqualTo("Dana Lee changed it — the customer moved the launch");
        assertThat(ofPriority("dana", "PriorityRealigned", "the company split its goal",
                change("parentPriorityId", GROW, LOGOS)).sentence())
                .isEqualTo("Dana Lee realigned it from under “Grow ARR” to under “Win logos” — the company split its goal");
    }

    @Test
    void realignedUnderAnotherPriorityOrNone() {
        assertThat(ofPriority("dana", "PriorityRealigned", null, change("parentPriorityId", GROW, LOGOS)).sentence())
                .isEqualTo("Dana Lee realigned it from under “Grow ARR” to under “Win logos”");
        assertThat(ofPriority("dana", "PriorityRealigned", null, change("parentPriorityId", null, GROW)).sentence())
                .isEqualTo("Dana Lee aligned it under “Grow ARR”");
        assertThat(ofPriority("dana", "PriorityRealigned", null, change("parentPriorityId", GROW, null)).sentence())
                .isEqualTo("Dana Lee detached it from “Grow ARR”: it serves nothing above");
    }

    @Test
    void contributingToAnotherTeamsPriorityAndStopping() {
        assertThat(ofPriority("dana", "PriorityContributionAdded", null, change("targetPriorityId", null, GROW))
                .sentence()).isEqualTo("Dana Lee made it also contribute to “Grow ARR”");
        assertThat(ofPriority("dana", "PriorityContributionRemoved", null, change("targetPriorityId", null, GROW))
                .sentence()).isEqualTo("Dana Lee stopped it contributing to “Grow ARR”");
    }

    @Test
    void completedDroppedAndReinstated() {
        assertThat(ofPriority("tom", "PriorityCompleted", null, change("status", "ON_TRACK", "COMPLETED"),
                set("comment", "5 logos signed")).sentence()).isEqualTo("Tom Hale marked it done: 5 logos signed");
        Told dropped = ofPriority("dana", "PriorityDropped", "No budget this quarter",
                change("status", "AT_RISK", "DROPPED"));
        assertThat(dropped.sentence()).isEqualTo("Dana Lee dropped it: No budget this quarter");
        assertThat(dropped.lines()).isEmpty();
        assertThat(ofPriority("dana", "PriorityReinstated", "Budget found", change("status", "DROPPED", "NOT_STARTED"))
                .sentence()).isEqualTo("Dana Lee reinstated it as Not started: Budget found");
        assertThat(sentences.line("status", new FieldChange("ON_TRACK", "COMPLETED")))
                .as("the API's COMPLETED reads as the outcome people name").isEqualTo(new Line("Status", "On track", "Done"));
    }

    @Test
    void missedWithItsReflection() {
        Told missed = ofPriority("dana", "PriorityMissed", null, change("status", "AT_RISK", "MISSED"),
                set("reflection", "We priced the renewals too late"));
        assertThat(missed.sentence()).isEqualTo("Dana Lee closed the quarter with it missed: We priced the renewals too late");
        assertThat(missed.lines()).isEmpty();
        assertThat(ofLog("Priority", LOGOS, SALES, "dana", "PriorityMissed", null, change("status", "ON_TRACK", "MISSED"),
                set("reflection", "Legal took the quarter")).sentence())
                .isEqualTo("Dana Lee closed the quarter with “Win logos” missed: Legal took the quarter");
    }

    @Test
    void carriedOverReadsOnBothSidesOfTheLineage() {
        Told carried = ofPriority("dana", "PriorityCarriedOver", null, change("status", "ON_TRACK", "CARRIED_OVER"),
                set("successorId", GROW), set("nextQuarter", "2026-Q4"));
        assertThat(carried.sentence()).isEqualTo("Dana Lee carried it over to Q4 2026 as “Grow ARR”");
        assertThat(carried.lines()).isEmpty();
        Told continued = ofPriority("dana", "PriorityContinued", null, set("carriedFromId", LOGOS),
                set("carriedFromQuarter", "2026-Q3"), set("carriedFromTitle", "Win logos"));
        assertThat(continued.sentence()).isEqualTo("Dana Lee carried it over from Q3 2026, continuing “Win logos”");
        assertThat(continued.lines()).isEmpty();
        assertThat(ofLog("Priority", GROW, SALES, "dana", "PriorityContinued", null, set("carriedFromId", LOGOS),
                set("carriedFromQuarter", "2026-Q3"), set("carriedFromTitle", "Win logos")).sentence())
                .isEqualTo("Dana Lee carried “Grow ARR” over from Q3 2026, continuing “Win logos”");
    }

    @Test
    void aQuarterClosedWithItsResultAndReopenedWithItsReason() {
        Told closed = ofLog("TeamQuarter", SALES + "@2026-Q3", SALES, "dana", "QuarterClosed", null,
                set("teamId", SALES), set("quarter", "2026-Q3"), set("outcomes", "[{\"priorityId\":\"a\",\"outcome\":"
                        + "\"DONE\",\"successorId\":null},{\"priorityId\":\"b\",\"outcome\":\"CARRY_OVER\","
                        + "\"successorId\":\"c\"},{\"priorityId\":\"d\",\"outcome\":\"DONE\"},"
                        + "{\"priorityId\":\"e\",\"outcome\":\"MISSED\"},{\"priorityId\":\"f\",\"outcome\":\"DROP\"}]"));
        assertThat(closed.sentence())
                .isEqualTo("Dana Lee closed Q3 2026 of Sales: 2 done, 1 missed, 1 carried over, 1 dropped");
        assertThat(closed.lines()).isEmpty();
        assertThat(closed.link()).isEqualTo(new HistorySentences.Link("/teams/" + SALES, "Sales"));
        assertThat(ofLog("TeamQuarter", SALES + "@2026-Q3", SALES, "dana", "QuarterClosed", null, set("teamId", SALES),
                set("quarter", "2026-Q3"), set("outcomes", "[]")).sentence())
                .isEqualTo("Dana Lee closed Q3 2026 of Sales with no priority open");
        Told reopened = ofLog("TeamQuarter", SALES + "@2026-Q3", SALES, "dana", "QuarterReopened",
                "The board extended the deadline", set("teamId", SALES), set("quarter", "2026-Q3"),
                set("reopenedIds", "[\"e\"]"));
        assertThat(reopened.sentence()).isEqualTo("Dana Lee reopened Q3 2026 of Sales: The board extended the deadline");
        assertThat(reopened.lines()).isEmpty();
        assertThat(ofPriority("dana", "PriorityReinstated", "the quarter was reopened: The board extended the deadline",
                change("status", "MISSED", "AT_RISK")).sentence())
                .isEqualTo("Dana Lee reinstated it as At risk: the quarter was reopened: The board extended the deadline");
    }

    @Test
    void milestonesNamePriorityDueDateAndWhoCarriesThemInTheLog() {
        assertThat(ofLog("Priority", GROW, SALES, "tom", "MilestoneAdded", null, set("priorityId", GROW),
                set("milestoneId", "m-1"), set("title", "Pilot"), set("dueDate", "2026-11-14"), set("ownerId", "nina"))
                .sentence()).isEqualTo("Tom Hale added the milestone “Pilot” to “Grow ARR”, due Sat 14 Nov, carried by Nina Berg");
        assertThat(ofLog("Priority", GROW, SALES, "tom", "MilestoneChanged", null, set("priorityId", GROW),
                set("milestoneId", "m-1"), set("milestone", "Pilot"), change("title", "Pilot", "Pilot with Globex"))
                .sentence()).isEqualTo("Tom Hale renamed the milestone “Pilot” of “Grow ARR” to “Pilot with Globex”");
        assertThat(ofLog("Priority", GROW, SALES, "tom", "MilestoneChanged", "Globex signs late", set("priorityId", GROW),
                set("milestoneId", "m-1"), set("milestone", "Pilot"), change("dueDate", "2026-11-14", "2026-12-05"))
                .sentence()).isEqualTo("Tom Hale moved the milestone “Pilot” of “Grow ARR” from Sat 14 Nov to Sat 5 Dec"
                + " — Globex signs late");
    }

    @Test
    void aMemberOwnsAndReportsInWords() {
        assertThat(ofLog("Person", "nina", null, "marcus", "RoleGranted", null, set("role", "MEMBER")).sentence())
                .isEqualTo("Marcus Webb gave Nina Berg the role Member");
        assertThat(ofPriority("dana", "PriorityReassigned", "Nina owns it now", change("ownerId", "tom", "nina"))
                .sentence()).isEqualTo("Dana Lee reassigned it from Tom Hale to Nina Berg — Nina owns it now");
        assertThat(ofLog("Metric", ARR, SALES, "dana", "MetricReassigned", null, change("ownerId", "tom", "nina"))
                .sentence()).isEqualTo("Dana Lee handed the KPI “ARR” from Tom Hale to Nina Berg");
    }

    @Test
    void aPriorityNoLongerListedIsNamedSoNotByItsId() {
        assertThat(ofPriority("dana", "PriorityRealigned", null, change("parentPriorityId", null, "gone-id")).sentence())
                .isEqualTo("Dana Lee aligned it under a priority not listed any more");
    }

    // ---- The organisation's log, where each entry names what it happened to.

    @Test
    void priorityEventsNameThePriorityAndLinkToIt() {
        Told told = ofLog("Priority", LOGOS, SALES, "marcus", "PriorityReassigned", "Tom takes over reseller work",
                change("ownerId", "tom", "nina"));
        assertThat(told.sentence())
                .isEqualTo("Marcus Webb reassigned “Win logos” from Tom Hale to Nina Berg — Tom takes over reseller work");
        assertThat(told.link()).isEqualTo(new HistorySentences.Link("/priorities/" + LOGOS, "Win logos"));
        assertThat(ofLog("Priority", LOGOS, SALES, "nina", "PriorityStatusUpdated", null,
                change("status", "AT_RISK", "AT_RISK"), set("confidence", "4")).sentence())
                .isEqualTo("Nina Berg reported At risk for “Win logos” (confidence 4)");
    }

    @Test
    void teamEvents() {
        assertThat(ofLog("Team", SALES, SALES, "dana", "TeamRegistered", null, set("name", "Sales"),
                set("parentTeamId", ACME)).sentence()).isEqualTo("Dana Lee registered the team “Sales” under Acme");
        assertThat(ofLog("Team", SALES, SALES, "dana", "TeamRenamed", null, change("name", "Sales", "Revenue"))
                .sentence()).isEqualTo("Dana Lee renamed the team “Sales” to “Revenue”");
        assertThat(ofLog("Team", SALES, SALES, "dana", "TeamLeadAppointed", null, change("leadId", "tom", "nina"))
                .sentence()).isEqualTo("Dana Lee appointed Nina Berg to lead Sales in place of Tom Hale");
        assertThat(ofLog("Team", SALES, SALES, "dana", "TeamMemberAdded", null, set("personId", "tom")).sentence())
                .isEqualTo("Dana Lee added Tom Hale to Sales");
        assertThat(ofLog("Team", SALES, SALES, "dana", "TeamMemberRemoved", null, set("personId", "tom")).sentence())
                .isEqualTo("Dana Lee removed Tom Hale from Sales");
        assertThat(ofLog("Team", SALES, SALES, "dana", "TeamMoved", null, change("parentTeamId", null, ACME))
                .sentence()).isEqualTo("Dana Lee moved Sales under Acme");
        Told team = ofLog("Team", SALES, SALES, "dana", "TeamRenamed", null, change("name", "Sales", "Revenue"));
        assertThat(team.link()).isEqualTo(new HistorySentences.Link("/teams/" + SALES, "Sales"));
        assertThat(ofLog("Team", SALES, SALES, "dana", "AssessmentRecorded", null, set("teamId", SALES),
                set("dimension", "TEAM_DYNAMICS"), set("score", "3.50"), set("respondents", "6"),
                set("date", "2026-11-23"), set("baseline", "true")).sentence())
                .isEqualTo("Dana Lee recorded a baseline assessment of Sales’s team dynamics: 3.5 from 6 respondents");
    }

    @Test
    void planEventsLinkToThePlan() {
        Told framed = ofLog("Plan", SALES + "@2026-Q4", SALES, "dana", "PlanFramed", null, set("teamId", SALES),
                set("quarter", "2026-Q4"), set("purpose", "Sell"), set("annualGoals", "[\"Grow\",\"Hire\"]"));
        assertThat(framed.sentence()).isEqualTo("Dana Lee framed the plan of Sales for Q4 2026");
        assertThat(framed.lines()).containsExactly(new Line("Purpose", null, "Sell"),
                new Line("Annual goals", null, "Grow; Hire"));
        assertThat(framed.link()).isEqualTo(new HistorySentences.Link("/teams/" + SALES + "?quarter=2026-Q4",
                "The plan of Sales for Q4 2026"));
        assertThat(ofLog("Plan", SALES + "@2026-Q4", SALES, "dana", "PlanReframed", "New market", set("teamId", SALES),
                set("quarter", "2026-Q4"), change("outcome", "10 logos", "12 logos")).sentence())
                .isEqualTo("Dana Lee reframed the plan of Sales for Q4 2026: New market");
    }

    @Test
    void theAnnualLayerOfThePlanIsToldWithBeforeAndAfter() {
        Told lasting = ofLog("LastingPlan", SALES + "@lasting", SALES, "dana", "LastingPlanSet", "New strategy",
                set("teamId", SALES), change("purpose", "Bring revenue in", "Grow revenue"),
                change("bhag", null, "Every hospital in Europe"));
        assertThat(lasting.sentence()).isEqualTo("Dana Lee changed the lasting plan of Sales: New strategy");
        assertThat(lasting.lines()).containsExactly(new Line("Purpose", "Bring revenue in", "Grow revenue"),
                new Line("Long-range target (BHAG)", null, "Every hospital in Europe"));
        assertThat(ofLog("AnnualGoal", "goal-1", SALES, "dana", "AnnualGoalDefined", null, set("goalId", "goal-1"),
                set("teamId", SALES), set("year", "2027"), set("title", "Double ARR")).sentence())
                .isEqualTo("Dana Lee set “Double ARR” as an annual goal of Sales for 2027");
        Told renamed = ofLog("AnnualGoal", "goal-1", SALES, "dana", "AnnualGoalChanged", "Board raised the bar",
                set("goalId", "goal-1"), set("teamId", SALES), change("title", "Double ARR", "Triple ARR"));
        assertThat(renamed.sentence()).isEqualTo("Dana Lee changed an annual goal of Sales: Board raised the bar");
        assertThat(renamed.lines()).containsExactly(new Line("Title", "Double ARR", "Triple ARR"));
        assertThat(ofLog("AnnualGoal", "goal-1", SALES, "dana", "AnnualGoalRetired", "Merged", set("goalId", "goal-1"),
                set("teamId", SALES), set("year", "2027"), set("title", "Triple ARR")).sentence())
                .isEqualTo("Dana Lee retired the annual goal “Triple ARR” of Sales: Merged");
    }

    @Test
    void aHuddleIsSummarisedInWordsNotJson() {
        Told told = ofLog("HuddleLog", SALES + "@huddles", SALES, "dana", "HuddleHeld", null, set("huddleId", "h-1"),
                set("teamId", SALES), set("date", "2026-11-23"), set("facilitatorId", "dana"),
                set("attendeeIds", "[\"dana\",\"tom\",\"nina\"]"),
                set("priorityUpdates", "[{\"priorityId\":\"prio-logos\",\"status\":\"AT_RISK\"},{\"priorityId\":\"x\"}]"),
                set("metricUpdates", "[{\"metricId\":\"metric-arr\",\"value\":\"3750\"}]"), set("stuck", "[]"),
                set("wins", "[\"Signed Globex\"]"));
        assertThat(told.sentence()).isEqualTo("Dana Lee held the huddle of Sales on Mon 23 Nov with 3 people: "
                + "2 priority updates, 1 KPI value, 1 win");
        assertThat(told.lines()).containsExactly(new Line("Wins", null, "Signed Globex"));
        assertThat(told.link()).isEqualTo(new HistorySentences.Link("/teams/" + SALES + "#last-huddle",
                "The huddles of Sales"));
        assertThat(ofLog("HuddleLog", SALES + "@huddles", SALES, "nina", "StuckItemResolved", null, set("teamId", SALES),
                set("itemId", "s-1"), set("resolution", "Legal signed off")).sentence())
                .isEqualTo("Nina Berg resolved a stuck item of Sales: Legal signed off");
    }

    @Test
    void kpiEventsWithTheirUnits() {
        assertThat(ofLog("Metric", ARR, SALES, "dana", "MetricDefined", null, set("teamId", SALES), set("name", "ARR"),
                set("unit", "kEUR"), set("target", "11140"), set("direction", "HIGHER_IS_BETTER"),
                set("cadence", "WEEKLY"), set("ownerId", "tom"), set("kind", "LAGGING")).sentence())
                .isEqualTo("Dana Lee defined the KPI “ARR” for Sales, owned by Tom Hale: target 11,140 kEUR "
                        + "(higher is better, weekly)");
        assertThat(ofLog("Metric", ARR, SALES, "tom", "MetricRecorded", null, set("period", "2026-W48"),
                set("value", "3750"), set("note", "Globex signed")).sentence())
                .isEqualTo("Tom Hale recorded 3,750 kEUR for Week 48 (23–29 Nov) on the KPI “ARR”: Globex signed");
        assertThat(ofLog("Metric", ARR, SALES, "tom", "MetricValueCorrected", "Typo", set("period", "2026-11"),
                change("value", "3750", "3570")).sentence())
                .isEqualTo("Tom Hale corrected November 2026 of the KPI “ARR” from 3,750 kEUR to 3,570 kEUR — Typo");
        Told target = ofLog("Metric", ARR, SALES, "dana", "MetricTargetChanged", "Board plan",
                change("target", "11140", "12000"), change("greenAt", null, "11000"));
        assertThat(target.sentence()).isEqualTo(
                "Dana Lee changed the target of the KPI “ARR” from 11,140 kEUR to 12,000 kEUR — Board plan");
        assertThat(target.lines()).containsExactly(new Line("On target at", null, "11,000"));
        assertThat(ofLog("Metric", ARR, SALES, "dana", "MetricDefinitionChanged", null, change("kind", "LAGGING",
                "LEADING"), change("priorityId", null, GROW)).lines())
                .containsExactly(new Line("Kind", "Lagging", "Leading"), new Line("Serves", null, "Grow ARR"));
        assertThat(ofLog("Metric", ARR, SALES, "dana", "MetricReassigned", "Tom moved", change("ownerId", "tom", "nina"))
                .sentence()).isEqualTo("Dana Lee handed the KPI “ARR” from Tom Hale to Nina Berg — Tom moved");
        Told retired = ofLog("Metric", ARR, SALES, "dana", "MetricRetired", "Replaced");
        assertThat(retired.sentence()).isEqualTo("Dana Lee retired the KPI “ARR”: Replaced");
        assertThat(retired.link()).isEqualTo(new HistorySentences.Link("/metrics/" + ARR, "ARR"));
    }

    @Test
    void accountEventsNameThePersonTheAggregateIs() {
        assertThat(ofLog("Person", "nina", null, "marcus", "PersonRegistered", null, set("displayName", "Nina Berg"))
                .sentence()).isEqualTo("Marcus Webb registered Nina Berg (nina)");
        assertThat(ofLog("Person", "nina", null, "marcus", "RoleGranted", null, set("role", "AUDITOR")).sentence())
                .isEqualTo("Marcus Webb gave Nina Berg the role Auditor");
        assertThat(ofLog("Person", "nina", null, "marcus", "RoleRevoked", null, set("role", "ADMIN")).sentence())
                .isEqualTo("Marcus Webb took the role Administrator from Nina Berg");
        assertThat(ofLog("Person", "nina", null, "marcus", "AccountDisabled", null).sentence())
                .isEqualTo("Marcus Webb disabled the account of Nina Berg");
        assertThat(ofLog("Person", "nina", null, "marcus", "AccountEnabled", null).sentence())
                .isEqualTo("Marcus Webb enabled the account of Nina Berg");
        assertThat(ofLog("Person", "nina", null, "system", "PasswordSet", null).sentence())
                .isEqualTo("The service set a password for Nina Berg");
        assertThat(ofLog("Person", "nina", null, "nina", "EmailChanged", null, set("email", "nina@example.com")).sentence())
                .isEqualTo("Nina Berg changed their e-mail address");
        assertThat(ofLog("Person", "nina", null, "marcus", "EmailChanged", null).sentence())
                .isEqualTo("Marcus Webb removed Nina Berg's e-mail address");
    }

    @Test
    void oneOnOnesWithoutTheirConfidentialNotes() {
        Told told = ofLog("CheckIn", "c-1", null, "dana", "CheckInRecorded", null, set("leaderId", "dana"),
                set("personId", "tom"), set("date", "2026-11-23"), set("phase", "EMPOWER"),
                set("prioritiesReviewed", "[\"prio-logos\"]"), set("commitments", "[{\"text\":\"Call Globex\"}]"));
        assertThat(told.sentence())
                .isEqualTo("Dana Lee recorded a 1-on-1 with Tom Hale on Mon 23 Nov (Empower & release), 1 commitment");
        assertThat(told.lines()).containsExactly(new Line("Priorities reviewed", null, "Win logos"));
        assertThat(ofLog("CheckIn", "c-1", null, "tom", "CommitmentCompleted", null, set("number", "1")).sentence())
                .isEqualTo("Tom Hale completed commitment 1 of a 1-on-1");
        assertThat(ofLog("CheckIn", "c-1", null, "tom", "CommitmentDropped", "Globex said no", set("number", "2"))
                .sentence()).isEqualTo("Tom Hale dropped commitment 2 of a 1-on-1: Globex said no");
    }

    @Test
    void decisionRightsAndDecisions() {
        assertThat(ofLog("DecisionLog", SALES + "@decisions", SALES, "dana", "DecisionRightDefined", null,
                set("teamId", SALES), set("category", "Hiring"), set("holder", "{\"role\":\"LEAD\",\"personId\":null}"),
                change("mode", null, "DECIDE")).sentence())
                .isEqualTo("Dana Lee settled on “Hiring” in Sales: the team lead decides");
        assertThat(ofLog("DecisionLog", SALES + "@decisions", SALES, "dana", "DecisionRightRevoked", null,
                set("teamId", SALES), set("category", "Hiring"), set("holder", "{\"role\":null,\"personId\":\"tom\"}"),
                change("mode", "CONSULT", null)).sentence())
                .isEqualTo("Dana Lee revoked the right of Tom Hale on “Hiring” in Sales");
        Told decision = ofLog("DecisionLog", SALES + "@decisions", SALES, "dana", "DecisionRecorded", null,
                set("decisionId", "d-1"), set("teamId", SALES), set("title", "Hire an SDR"), set("decision", "Yes"),
                set("deciderId", "dana"), set("consulted", "[\"tom\",\"nina\"]"), set("flagged", "false"));
        assertThat(decision.sentence()).isEqualTo("Dana Lee recorded the decision “Hire an SDR” in Sales: Yes");
        assertThat(decision.lines()).contains(new Line("Decided by", null, "Dana Lee"),
                new Line("Consulted", null, "Tom Hale; Nina Berg"), new Line("Flagged", null, "no"));
        assertThat(decision.link()).isEqualTo(new HistorySentences.Link("/teams/" + SALES, "Sales"));
    }

    @Test
    void anEventNotKnownYetStillReadsAsWords() {
        Told told = ofLog("Team", SALES, SALES, "dana", "TeamArchived", "Merged", change("parentTeamId", ACME, null));
        assertThat(told.sentence()).isEqualTo("Dana Lee: team archived — Merged");
        assertThat(told.lines()).containsExactly(new Line("Part of", "Acme", "–"));
    }

    @SafeVarargs
    private Told ofPriority(String actor, String type, String reason, Map.Entry<String, FieldChange>... changes) {
        return sentences.ofPriority(new AuditEntry(1, type, actor, NOW, reason, changes(changes), null), SALES);
    }

    @SafeVarargs
    private Told ofLog(String aggregateType, String aggregateId, String teamId, String actor, String type,
                       String reason, Map.Entry<String, FieldChange>... changes) {
        return sentences.ofLog(new AuditLogEntry(42, aggregateType, aggregateId, teamId, type, actor, NOW, reason,
                changes(changes), null));
    }

    @SafeVarargs
    private static Map<String, FieldChange> changes(Map.Entry<String, FieldChange>... changes) {
        Map<String, FieldChange> map = new LinkedHashMap<>();
        for (Map.Entry<String, FieldChange> change : changes) {
            map.put(change.getKey(), change.getValue());
        }
        return map;
    }

    private static Map.Entry<String, FieldChange> set(String field, String value) {
        return Map.entry(field, new FieldChange(null, value));
    }

    private static Map.Entry<String, FieldChange> change(String field, String before, String after) {
        return Map.entry(field, new FieldChange(before, after));
    }
}
