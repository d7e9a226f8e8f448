package io.throughline.kernel.checkin;

import io.throughline.kernel.PersonId;

/** Answered with a {@link DirectReport} per person reporting to the leader, by person id. */
public record GetDirectReports(PersonId leaderId) {
}
