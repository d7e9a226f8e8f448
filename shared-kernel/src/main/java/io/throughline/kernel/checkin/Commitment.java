package io.throughline.kernel.checkin;

import java.time.LocalDate;

/** Something the person undertook in a check-in, due by a day not before the check-in. */
public record Commitment(String text, LocalDate dueDate) {
}
