package io.throughline.command.quarter;

import io.throughline.command.CommandDirectories;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.quarter.QuarterClosed;
import io.throughline.kernel.quarter.QuarterReopened;
import io.throughline.kernel.team.TeamId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Closed quarters (table quarter_directory), written in the transaction that appends the events; open priorities and
 * carried-over priorities' successors are read from priority_directory, which the priority feature keeps.
 */
@Component
@ProcessingGroup(CommandDirectories.PROCESSING_GROUP)
class QuarterDirectoryTable implements QuarterDirectory {

    private final JdbcTemplate jdbc;

    QuarterDirectoryTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(QuarterClosed event) {
        setClosed(event.teamId(), event.quarter(), true);
    }

    @EventHandler
    void on(QuarterReopened event) {
        setClosed(event.teamId(), event.quarter(), false);
    }

    private void setClosed(TeamId team, Quarter quarter, boolean closed) {
        jdbc.update("insert into quarter_directory (team_id, quarter, closed) values (?, ?, ?) "
                + "on conflict (team_id, quarter) do update set closed = excluded.closed", team.value(), quarter.value(), closed);
    }

    @Override
    public boolean isClosed(TeamId teamId, Quarter quarter) {
        return Boolean.TRUE.equals(jdbc.query("select closed from quarter_directory where team_id = ? and quarter = ?",
                (row, i) -> row.getBoolean(1), teamId.value(), quarter.value()).stream().findFirst().orElse(false));
    }

    @Override
    public List<PriorityId> openPriorities(TeamId teamId, Quarter quarter) {
        return jdbc.query("select priority_id from priority_directory where team_id = ? and quarter = ? and not closed "
                        + "order by priority_id", (row, i) -> new PriorityId(row.getString(1)),
                teamId.value(), quarter.value());
    }

    @Override
    public Optional<PriorityId> successorOf(PriorityId priorityId) {
        return jdbc.query("select carried_to from priority_directory where priority_id = ? and carried_to is not null",
                (row, i) -> new PriorityId(row.getString(1)), priorityId.value()).stream().findFirst();
    }
}
