package io.throughline.kernel.checkin;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Gives up an open commitment; the reason is mandatory. */
public record DropCommitment(@TargetAggregateIdentifier CheckInId checkInId, int number, String reason) {
}
