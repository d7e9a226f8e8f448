package io.throughline.kernel.checkin;

public record CommitmentCompleted(CheckInId checkInId, int number) {
}
