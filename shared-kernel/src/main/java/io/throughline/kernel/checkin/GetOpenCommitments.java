package io.throughline.kernel.checkin;

import io.throughline.kernel.PersonId;

/** Answered with {@link OpenCommitments}. */
public record GetOpenCommitments(PersonId personId) {
}
