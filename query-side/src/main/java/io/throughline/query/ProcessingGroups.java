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

    private ProcessingGroups() {
    }
}
