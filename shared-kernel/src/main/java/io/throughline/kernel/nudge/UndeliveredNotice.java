package io.throughline.kernel.nudge;

import io.throughline.kernel.PersonId;

import java.time.Instant;

/**
 * A notice recorded but not delivered yet, because its last attempt failed.
 *
 * @param channel   EMAIL or CHAT
 * @param lastError what the mail server or webhook answered
 */
public record UndeliveredNotice(PersonId recipientId, String channel, String subject, int attempts, String lastError,
                                Instant nextAttemptAt) {
}
