package io.throughline.query.checkin;

import java.time.LocalDate;

/** The day a leader last checked in with a person. */
record LastCheckIn(String personId, LocalDate date) {
}
