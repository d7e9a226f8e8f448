package io.throughline.kernel.audit;

/** Answered with an {@code Optional<ChainVerification>}: empty where the service does not keep the event log itself. */
public record VerifyAuditChain() {
}
