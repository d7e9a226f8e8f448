package io.throughline.kernel.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One event as an auditor reads it.
 *
 * @param sequence the event's position in its aggregate's history, from 0
 * @param type     the event's name, such as {@code PriorityAssigned}
 * @param actor    who caused it: the authenticated user at the time
 * @param at       when it was stored
 * @param reason   the reason given with the command, when it asks for one
 * @param changes  per field, the value before and after the event
 * @param huddleId the huddle it was reported in, when a huddle caused it
 */
public record AuditEntry(long sequence,
                         String type,
                         String actor,
                         Instant at,
                         String reason,
                         Map<String, FieldChange> changes,
                         String huddleId) {
}
