package io.throughline.query.priority;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a batch's states with one batched INSERT and its endings of earlier states with one batched UPDATE (the
 * driver's reWriteBatchedInserts sends the inserts as multi-row statements), on the connection of the processor's
 * transaction: the rows commit with its token or not at all.
 */
@Component
class JdbcPriorityVersionRows implements PriorityVersionRows {

    private static final String INSERT = """
            insert into priority_version (priority_id, version, valid_from, valid_to, team_id, quarter, title,
                                          description, owner_id, status, status_comment, confidence, success_criterion,
                                          due_date, parent_priority_id, change_count, assigned_at, reported_at,
                                          carried_from_id, carried_to_id, annual_goal_id)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String END = "update priority_version set valid_to = ? where priority_id = ? and version = ?";

    private final JdbcTemplate sql;

    JdbcPriorityVersionRows(JdbcTemplate sql) {
        this.sql = sql;
    }

    @Override
    public void write(NewStates states) {
        List<PriorityVersionEntry> made = new ArrayList<>(states.made());
        if (!made.isEmpty()) {
            sql.batchUpdate(INSERT, made, made.size(), (insert, state) -> {
                insert.setString(1, state.priorityId());
                insert.setLong(2, state.version());
                insert.setObject(3, utc(state.validFrom()));
                insert.setObject(4, utc(state.validTo()), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(5, state.teamId);
                insert.setString(6, state.quarter);
                insert.setString(7, state.title);
                insert.setString(8, state.description);
                insert.setString(9, state.ownerId);
                insert.setString(10, state.status.name());
                insert.setString(11, state.statusComment);
                insert.setObject(12, state.confidence, Types.INTEGER);
                insert.setString(13, state.successCriterion);
                insert.setObject(14, state.dueDate, Types.DATE);
                insert.setString(15, state.parentPriorityId);
                insert.setInt(16, state.changeCount);
                insert.setObject(17, utc(state.assignedAt));
                insert.setObject(18, utc(state.reportedAt), Types.TIMESTAMP_WITH_TIMEZONE);
                insert.setString(19, state.carriedFromId);
                insert.setString(20, state.carriedToId);
                insert.setString(21, state.annualGoalId);
            });
        }
        if (!states.endings().isEmpty()) {
            sql.batchUpdate(END, states.endings(), states.endings().size(), (update, ending) -> {
                update.setObject(1, utc(ending.at()));
                update.setString(2, ending.state().priorityId());
                update.setLong(3, ending.state().version());
            });
        }
    }

    @Override
    public void deleteAll() {
        sql.update("delete from priority_version");
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
