package io.throughline.kernel.nudge;

import java.time.Instant;

/**
 * A notice recorded but not delivered yet, because its last attempt failed.
 *
 * @param recipientId   the person it is for, or the team whose chat channel a prompt notice is posted to
 * @param recipientName their display name, or the team's name
 * @param channel       EMAIL or CHAT
 * @param lastError     what the mail server or webhook answered
 */
public record UndeliveredNotice(String recipientId, String recipientName, String channel, String subject, int attempts,
                                String lastError, Instant nextAttemptAt) {
}
