package io.throughline.kernel.checkin;

public enum CommitmentStatus {
    OPEN,
    COMPLETED,
    DROPPED
}
