package io.throughline.web.checkin;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CheckInPhase;
import io.throughline.kernel.checkin.Commitment;
import io.throughline.kernel.checkin.RecordCheckIn;
import io.throughline.kernel.priority.PriorityId;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The check-in form as typed: the commitments are rows of text and due date, of which the page offers
 * {@value #ROWS}; rows left empty are not commitments. The signed-in leader is the check-in's leader.
 */
record CheckInForm(String date, CheckInPhase phase, List<String> prioritiesReviewed, String notes,
                   List<String> commitmentText, List<String> commitmentDue) {

    static final int ROWS = 3;

    static CheckInForm fresh(LocalDate today) {
        return new CheckInForm(today.toString(), null, List.of(), "", List.of(), List.of());
    }

    RecordCheckIn command(CheckInId id, PersonId leader, PersonId person) {
        List<Commitment> commitments = new ArrayList<>();
        for (int i = 0; i < Math.max(size(commitmentText), size(commitmentDue)); i++) {
            String text = at(commitmentText, i);
            LocalDate due = day(at(commitmentDue, i));
            if ((text != null && !text.isBlank()) || due != null) {
                commitments.add(new Commitment(text, due));
            }
        }
        List<PriorityId> reviewed = prioritiesReviewed == null ? List.of()
                : prioritiesReviewed.stream().map(PriorityId::new).toList();
        return new RecordCheckIn(id, leader, person, day(date), phase, reviewed, notes, commitments);
    }

    /** The commitment rows to show: those typed, then empty ones up to {@value #ROWS}. */
    public List<Integer> rows() {
        return IntStream.range(0, Math.max(ROWS, size(commitmentText))).boxed().toList();
    }

    public String textAt(int row) {
        return at(commitmentText, row);
    }

    public String dueAt(int row) {
        return at(commitmentDue, row);
    }

    public boolean reviews(PriorityId priority) {
        return prioritiesReviewed != null && prioritiesReviewed.contains(priority.value());
    }

    /** What a browser's date field sends; anything else counts as no date, which the domain refuses by name. */
    private static LocalDate day(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    private static <T> T at(List<T> list, int i) {
        return list != null && i < list.size() ? list.get(i) : null;
    }
}
