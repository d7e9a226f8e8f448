package io.throughline.kernel.checkin;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** @param number the commitment's number within its check-in, from 1 */
public record CompleteCommitment(@TargetAggregateIdentifier CheckInId checkInId, int number) {
}
