package io.throughline.command.idempotency;

import io.throughline.command.rejection.Rule;

/** The rule of idempotency keys. */
public enum IdempotencyRule implements Rule {
    /** An idempotency key stands for one request. */
    IDEMPOTENCY_KEY_FOR_ONE_REQUEST;
}
