package io.throughline.query;

/**
 * The event processors of the read side. Each has its own token in {@code token_entry} and can be replayed on its own.
 * The team, priority and metric views share one so that a dashboard never shows a priority of a team it does not know.
 * The hash chain has one of its own, which is never replayed.
 */
public final class ProcessingGroups {

    public static final String DASHBOARD = "dashboard";
    public static final String AUDIT = "audit";
    public static final String INTEGRITY = "integrity";
    /** The analytics of the log (issue 23): their own group, so that adding them replays nothing else. */
    public static final String INSIGHTS = "insights";
    /** Who is nudged how and when (issue 24): the people's and the organisation's choices, the teams' webhooks. */
    public static final String NUDGES = "nudges";
    /**
     * The prompt notices (issue 24), recorded in the notice outbox as their events arrive. Never replayed, and started
     * at the head of the log: a notice is for what happens now, not for the history a new node reads.
     */
    public static final String NOTICES = "notices";

    private ProcessingGroups() {
    }
}
