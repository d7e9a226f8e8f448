package io.throughline.nudge;

/**
 * A notice as recorded in the outbox, before it is sent: everything delivery needs, so that a retry sends the same.
 *
 * @param recipientId the person it is for; for a team's chat message about a team's event, the team
 * @param about       for which period (a digest's ISO week, 2026-W49) or event (a prompt notice's event id)
 * @param address     the e-mail address, or the webhook
 * @param html        the e-mail's HTML body; null for a chat message
 */
record Notice(Kind kind, String recipientId, String about, Channel channel, String address, String subject,
              String text, String html) {

    enum Kind {
        DIGEST, ASSIGNED, REASSIGNED, SERVED_DROPPED, DECISION_FLAGGED
    }

    enum Channel {
        EMAIL, CHAT
    }
}
