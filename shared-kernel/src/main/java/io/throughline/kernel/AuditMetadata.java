package io.throughline.kernel;

/**
 * Keys of the metadata every command and event carries. The actor is set once, at dispatch, from the
 * authenticated caller; no command or event payload has an actor field a client could fill in.
 */
public final class AuditMetadata {

    public static final String ACTOR = "actor";

    /** The actor of events not caused by a person (none yet; kept so projections never see null). */
    public static final String SYSTEM = "system";

    private AuditMetadata() {
    }
}
