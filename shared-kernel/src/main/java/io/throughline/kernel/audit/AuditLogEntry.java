package io.throughline.kernel.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One event of the whole organisation's log as an auditor reads it.
 *
 * @param globalSequence the event's position in the event log: unique, increasing, the order of the log
 * @param aggregateType  what kind of thing the event happened to: {@code Team}, {@code Plan}, {@code Priority}, {@code Metric}
 * @param aggregateId    which one
 * @param teamId         the team it belongs to: the team itself, or the team whose plan, priority or KPI it is
 * @param type           the event's name, such as {@code PriorityDropped}
 * @param actor          who caused it: the authenticated user at the time
 * @param at             when it was stored
 * @param reason         the reason given with the command, when it asks for one
 * @param changes        per field, the value before and after the event
 * @param huddleId       the huddle it was reported in, when a huddle caused it
 */
public record AuditLogEntry(long globalSequence,
                            String aggregateType,
                            String aggregateId,
                            String teamId,
                            String type,
                            String actor,
                            Instant at,
                            String reason,
                            Map<String, FieldChange> changes,
                            String huddleId) {
}
