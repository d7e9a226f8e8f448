package io.throughline.kernel.nudge;

/**
 * How a person is nudged: by which channels, and whether the weekly digest and the prompt notices reach them at all.
 *
 * @param email   by e-mail, to the address of their account
 * @param chat    by the chat webhook of the team a notice concerns (Slack, Microsoft Teams)
 * @param digest  the weekly digest of what is due
 * @param notices the prompt notices (a priority assigned to them, one they serve dropped, a decision flagged in
 *                their team)
 */
public record NotificationChoices(boolean email, boolean chat, boolean digest, boolean notices) {

    /** What an organisation starts with: both kinds, by e-mail only. */
    public static final NotificationChoices DEFAULT = new NotificationChoices(true, false, true, true);
}
