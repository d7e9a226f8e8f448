package io.throughline.kernel;

/**
 * Keys of the metadata every command and event carries. The actor is set once, at dispatch, from the
 * authenticated caller; no command or event payload has an actor field a client could fill in.
 */
public final class AuditMetadata {

    public static final String ACTOR = "actor";

    /** The actor's roles (ADMIN, LEADER, AUDITOR, ANALYST), comma-separated: what the command side authorises by. */
    public static final String ROLES = "roles";

    /** On the commands a huddle sends on, and the events they cause: the huddle they were reported in. */
    public static final String HUDDLE = "huddleId";

    /** The actor of commands sent by the service itself rather than by a person, such as benchmarks and set-up. */
    public static final String SYSTEM = "system";

    private AuditMetadata() {
    }
}
