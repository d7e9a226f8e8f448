package io.throughline.query.insight;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Appends status changes with one batched INSERT (multi-row, reWriteBatchedInserts) on the connection of the
 * processor's transaction, the rows Hibernate wrote for {@link StatusChange}; unqualified, so that the consistency
 * check's temporary copy receives a fold's rows.
 */
@Component
class JdbcStatusChangeWriter implements StatusChangeWriter {

    private final JdbcTemplate sql;

    JdbcStatusChangeWriter(JdbcTemplate sql) {
        this.sql = sql;
    }

    @Override
    public void append(List<StatusChange> changes) {
        sql.batchUpdate("""
                insert into insight_status_change (priority_id, sequence, changed_at, status, confidence, owner_id)
                values (?, ?, ?, ?, ?, ?)""", changes, changes.size(), (statement, change) -> {
            StatusChange.Key key = change.getId();
            statement.setString(1, key.priorityId());
            statement.setLong(2, key.sequence());
            statement.setObject(3, OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC));
            statement.setString(4, change.status().name());
            statement.setObject(5, change.confidence(), Types.INTEGER);
            statement.setString(6, change.ownerId());
        });
    }
}
