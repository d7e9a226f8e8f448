package io.throughline.kernel.checkin;

public record CommitmentDropped(CheckInId checkInId, int number, String reason) {
}
