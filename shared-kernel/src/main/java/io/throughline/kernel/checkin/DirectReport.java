package io.throughline.kernel.checkin;

import io.throughline.kernel.PersonId;

import java.time.LocalDate;

/**
 * Someone reporting to a leader: a member of a team the leader leads, or the lead of a team right below one.
 *
 * @param lastCheckIn           the day of the latest check-in of this leader with them; null if never
 * @param daysSinceLastCheckIn  days from then to today; null if never
 */
public record DirectReport(PersonId personId, LocalDate lastCheckIn, Long daysSinceLastCheckIn) {
}
