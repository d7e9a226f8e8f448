package io.throughline.query.checkin;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.me.MyWeek.OneOnOne;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** A person's 1-on-1s seen from their side: whom they report to, and their latest check-in as the one coached. */
@Component
public class OneOnOnes {

    /** Until a pair has met twice, the next 1-on-1 is due after this many days. */
    static final long FIRST_INTERVAL_DAYS = 14;

    private final CheckInEntryRepository checkIns;
    private final ReportingLines reportingLines;

    OneOnOnes(CheckInEntryRepository checkIns, ReportingLines reportingLines) {
        this.checkIns = checkIns;
        this.reportingLines = reportingLines;
    }

    /** The leads of the teams the person is a member of, and of the teams above those they lead; by id. */
    public List<PersonId> leadersOf(PersonId person) {
        TreeSet<String> leaders = new TreeSet<>(reportingLines.leadsOfTeamsWithMember(person.value()));
        leaders.addAll(reportingLines.leadsOfTeamsAboveThoseLedBy(person.value()));
        leaders.remove(person.value());
        return leaders.stream().map(PersonId::new).toList();
    }

    /** The person's latest check-in as the one coached, with when the next one with that leader is due. */
    public Optional<OneOnOne> latestOf(PersonId person) {
        List<CheckInEntry> latest = checkIns.findTop4ByPersonIdOrderByCheckInDateDescRecordedAtDesc(person.value());
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        CheckInEntry last = latest.get(0);
        List<LocalDate> withThatLeader = latest.stream().filter(c -> c.leaderId().equals(last.leaderId()))
                .map(CheckInEntry::checkInDate).toList();
        return Optional.of(new OneOnOne(last.leaderId(), last.checkInDate(), last.phase(),
                last.checkInDate().plusDays(usualIntervalDays(withThatLeader))));
    }

    /** The median gap between consecutive dates, newest first. */
    static long usualIntervalDays(List<LocalDate> newestFirst) {
        if (newestFirst.size() < 2) {
            return FIRST_INTERVAL_DAYS;
        }
        long[] gaps = new long[newestFirst.size() - 1];
        for (int i = 0; i < gaps.length; i++) {
            gaps[i] = ChronoUnit.DAYS.between(newestFirst.get(i + 1), newestFirst.get(i));
        }
        Arrays.sort(gaps);
        return Math.max(1, gaps[gaps.length / 2]);
    }
}
