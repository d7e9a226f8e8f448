package io.throughline.query.checkin;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInView;
import io.throughline.kernel.checkin.CommitmentStatus;
import io.throughline.kernel.checkin.CommitmentView;
import io.throughline.kernel.checkin.DirectReport;
import io.throughline.kernel.checkin.GetDirectReports;
import io.throughline.kernel.checkin.GetOpenCommitments;
import io.throughline.kernel.checkin.ListCheckIns;
import io.throughline.kernel.checkin.OpenCommitments;
import io.throughline.kernel.checkin.Viewer;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Answers about check-ins; "today", for overdue commitments and days since a check-in, comes from the clock. */
@Component
class CheckInQueries {

    private final CheckInEntryRepository checkIns;
    private final CheckInNoteRepository notes;
    private final CommitmentEntryRepository commitments;
    private final ReportingLines reportingLines;
    private final Clock clock;

    CheckInQueries(CheckInEntryRepository checkIns, CheckInNoteRepository notes, CommitmentEntryRepository commitments,
                   ReportingLines reportingLines, Clock clock) {
        this.checkIns = checkIns;
        this.notes = notes;
        this.commitments = commitments;
        this.reportingLines = reportingLines;
        this.clock = clock;
    }

    @QueryHandler
    List<CheckInView> handle(ListCheckIns query) {
        List<CheckInEntry> found = checkIns.findOldestFirst(valueOf(query.personId()), valueOf(query.leaderId()));
        Map<String, List<CommitmentView>> commitmentsByCheckIn = commitmentsOf(found);
        Map<String, String> notesByCheckIn = notesOf(found, query.viewer());
        return found.stream().map(checkIn -> checkIn.toView(notesByCheckIn.get(checkIn.checkInId()),
                commitmentsByCheckIn.getOrDefault(checkIn.checkInId(), List.of()))).toList();
    }

    @QueryHandler
    OpenCommitments handle(GetOpenCommitments query) {
        LocalDate today = LocalDate.now(clock);
        List<CommitmentView> open = commitments.findByPersonIdAndStatusOrderByDueDateAscCheckInIdAscNumberAsc(
                query.personId().value(), CommitmentStatus.OPEN).stream().map(c -> c.toView(today)).toList();
        return new OpenCommitments(query.personId(), today, (int) open.stream().filter(CommitmentView::overdue).count(),
                open);
    }

    @QueryHandler
    List<DirectReport> handle(GetDirectReports query) {
        String leader = query.leaderId().value();
        Set<String> reports = new TreeSet<>(reportingLines.membersOfTeamsLedBy(leader));
        reports.addAll(reportingLines.leadsOfTeamsBelowThoseLedBy(leader));
        reports.remove(leader);
        Map<String, LocalDate> lastCheckIns = checkIns.lastCheckInsLedBy(leader).stream()
                .collect(Collectors.toMap(LastCheckIn::personId, LastCheckIn::date));
        LocalDate today = LocalDate.now(clock);
        return reports.stream().map(person -> directReport(person, lastCheckIns.get(person), today)).toList();
    }

    private Map<String, List<CommitmentView>> commitmentsOf(List<CheckInEntry> found) {
        LocalDate today = LocalDate.now(clock);
        return commitments.findByCheckInIdInOrderByNumberAsc(found.stream().map(CheckInEntry::checkInId).toList())
                .stream().collect(Collectors.groupingBy(CommitmentEntry::checkInId,
                        Collectors.mapping(commitment -> commitment.toView(today), Collectors.toList())));
    }

    /** The notes of those check-ins the viewer may read; the others are not even loaded. */
    private Map<String, String> notesOf(List<CheckInEntry> found, Viewer viewer) {
        List<String> readable = found.stream()
                .filter(checkIn -> viewer.mayReadNotesOf(checkIn.leaderId(), checkIn.personId()))
                .map(CheckInEntry::checkInId).toList();
        return notes.findAllById(readable).stream().collect(Collectors.toMap(CheckInNote::checkInId, CheckInNote::notes));
    }

    private static DirectReport directReport(String person, LocalDate lastCheckIn, LocalDate today) {
        return new DirectReport(new PersonId(person), lastCheckIn,
                lastCheckIn == null ? null : ChronoUnit.DAYS.between(lastCheckIn, today));
    }

    private static String valueOf(PersonId person) {
        return person == null ? null : person.value();
    }
}
