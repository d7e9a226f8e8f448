package io.throughline.nudge;

import io.throughline.kernel.checkin.CommitmentView;
import io.throughline.kernel.checkin.DirectReport;
import io.throughline.kernel.huddle.TeamHuddles;
import io.throughline.kernel.me.MyWeek;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.web.words.Words;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * What is due for one person, from what the read models say of their week: the rules of the digest, in one place.
 * KPI values missing for the last completed period of a KPI they own; priorities they own with no status report for
 * a while or due soon; open commitments overdue or due this week; and for leads, their teams' huddles not held this
 * week, direct reports without a check-in for a while, stuck items open for a while.
 */
final class WhatIsDue {

    private WhatIsDue() {
    }

    static List<DueItem> of(DueInputs inputs, DueThresholds thresholds, Words words) {
        LocalDate today = inputs.week().today();
        List<DueItem> due = new ArrayList<>();
        inputs.metrics().forEach(kpi -> missingValue(kpi, today, words, due));
        inputs.week().priorities().forEach(priority -> priority(priority, inputs, thresholds, today, words, due));
        inputs.commitments().open().forEach(commitment -> commitment(commitment, today, words, due));
        inputs.week().teamsILead().forEach(team -> huddle(team, due));
        inputs.directReports().forEach(report -> checkIn(report, thresholds, words, due));
        inputs.ledTeams().forEach(team -> team.openStuckItems().stream()
                .filter(item -> item.ageDays() > thresholds.stuck())
                .forEach(item -> due.add(new DueItem(DueItem.Section.TEAMS, team.teamId(), "Stuck for "
                        + item.ageDays() + " days in " + team.teamName() + ": “" + item.description() + "”",
                        "/teams/" + team.teamId() + "/huddle"))));
        return due;
    }

    private static void missingValue(MyWeek.OwnedMetric kpi, LocalDate today, Words words, List<DueItem> due) {
        Period lastCompleted = Period.of(kpi.metric().cadence(), today).previous();
        if (kpi.missing().contains(lastCompleted)) {
            due.add(new DueItem(DueItem.Section.KPIS, kpi.metric().teamId(), "Record " + kpi.metric().name() + " for "
                    + words.period(lastCompleted), "/metrics/" + kpi.metric().id()));
        }
    }

    private static void priority(PriorityView priority, DueInputs inputs, DueThresholds thresholds, LocalDate today,
                                 Words words, List<DueItem> due) {
        List<String> why = new ArrayList<>();
        LocalDate dueDate = priority.dueDate();
        if (dueDate != null && !dueDate.isAfter(today.plusDays(thresholds.dueSoon()))) {
            why.add((dueDate.isBefore(today) ? "was due " : "is due ") + words.day(dueDate));
        }
        Instant lastWord = inputs.lastWordOn().get(priority.id().value());
        if (lastWord != null) {
            long silentFor = ChronoUnit.DAYS.between(LocalDate.ofInstant(lastWord, ZoneOffset.UTC), today);
            if (silentFor > thresholds.unreported()) {
                why.add("no status report for " + silentFor + " days");
            }
        }
        if (!why.isEmpty()) {
            due.add(new DueItem(DueItem.Section.PRIORITIES, priority.teamId(), "“" + priority.title() + "”: "
                    + String.join(", ", why), "/priorities/" + priority.id()));
        }
    }

    private static void commitment(CommitmentView commitment, LocalDate today, Words words, List<DueItem> due) {
        LocalDate dueDate = commitment.dueDate();
        LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        if (dueDate == null || dueDate.isAfter(endOfWeek)) {
            return;
        }
        due.add(new DueItem(DueItem.Section.COMMITMENTS, null, "“" + commitment.text() + "” "
                + (dueDate.isBefore(today) ? "was due " : "is due ") + words.day(dueDate), "/me#commitments"));
    }

    private static void huddle(MyWeek.TeamWeek team, List<DueItem> due) {
        if (team.huddleThisWeek() == null) {
            due.add(new DueItem(DueItem.Section.TEAMS, team.teamId(), team.name() + " has not held its huddle this week",
                    "/teams/" + team.teamId() + "/huddle"));
        }
    }

    private static void checkIn(DirectReport report, DueThresholds thresholds, Words words,
                                List<DueItem> due) {
        Long silentFor = report.daysSinceLastCheckIn();
        if (silentFor != null && silentFor <= thresholds.silent()) {
            return;
        }
        due.add(new DueItem(DueItem.Section.TEAMS, null, silentFor == null
                ? "No check-in with " + words.person(report.personId()) + " yet"
                : "No check-in with " + words.person(report.personId()) + " for " + silentFor + " days",
                "/check-ins/" + report.personId()));
    }
}
