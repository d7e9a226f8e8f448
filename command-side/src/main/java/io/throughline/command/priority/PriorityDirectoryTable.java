package io.throughline.command.priority;

import io.throughline.command.CommandDirectories;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityAssigned;
import io.throughline.kernel.priority.PriorityCarriedOver;
import io.throughline.kernel.priority.PriorityCompleted;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityMissed;
import io.throughline.kernel.priority.PriorityReassigned;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.team.TeamId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Each priority's placement (table priority_directory), written in the transaction that appends the priority events.
 * Each handler sets the state the event leaves, so the log folded again over the rows ends where it ends
 * ({@code DirectoryBackfill}).
 */
@Component
@ProcessingGroup(CommandDirectories.PROCESSING_GROUP)
class PriorityDirectoryTable implements PriorityDirectory {

    private final JdbcTemplate jdbc;

    PriorityDirectoryTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PriorityAssigned event) {
        jdbc.update("insert into priority_directory (priority_id, team_id, quarter, owner_id, closed) "
                        + "values (?, ?, ?, ?, false) on conflict (priority_id) do update set team_id = excluded.team_id, "
                        + "quarter = excluded.quarter, owner_id = excluded.owner_id, closed = false",
                event.priorityId().value(), event.teamId().value(), event.quarter().value(), event.ownerId().value());
    }

    @EventHandler
    void on(PriorityReassigned event) {
        jdbc.update("update priority_directory set owner_id = ? where priority_id = ?",
                event.ownerId().after().value(), event.priorityId().value());
    }

    @EventHandler
    void on(PriorityCompleted event) {
        updateClosed(event.priorityId(), event.status().after());
    }

    @EventHandler
    void on(PriorityDropped event) {
        updateClosed(event.priorityId(), event.status().after());
    }

    @EventHandler
    void on(PriorityMissed event) {
        updateClosed(event.priorityId(), event.status().after());
    }

    /** Also where it continues: the successor a child carried over later is aligned to (QuarterDirectory). */
    @EventHandler
    void on(PriorityCarriedOver event) {
        jdbc.update("update priority_directory set closed = true, carried_to = ? where priority_id = ?",
                event.successorId().value(), event.priorityId().value());
    }

    @EventHandler
    void on(PriorityReinstated event) {
        updateClosed(event.priorityId(), event.status().after());
    }

    private void updateClosed(PriorityId priority, PriorityStatus status) {
        jdbc.update("update priority_directory set closed = ? where priority_id = ?", status.isClosed(),
                priority.value());
    }

    @Override
    public Optional<Placement> placementOf(PriorityId priorityId) {
        return jdbc.query("select team_id, quarter, owner_id, closed from priority_directory where priority_id = ?",
                (row, i) -> new Placement(new TeamId(row.getString(1)), new Quarter(row.getString(2)),
                        new PersonId(row.getString(3)), row.getBoolean(4)), priorityId.value()).stream().findFirst();
    }
}
