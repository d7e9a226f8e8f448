package io.throughline.command.plan;

import io.throughline.command.CommandDirectories;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.plan.AnnualGoalDefined;
import io.throughline.kernel.plan.AnnualGoalRetired;
import io.throughline.kernel.team.TeamId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Each annual goal's team, year and retirement (table annual_goal_directory), written in the transaction that appends
 * the goal's events. Each handler sets the state the event leaves, so folding the log again ends where it ends.
 */
@Component
@ProcessingGroup(CommandDirectories.PROCESSING_GROUP)
class AnnualGoalDirectoryTable implements AnnualGoalDirectory {

    private final JdbcTemplate jdbc;

    AnnualGoalDirectoryTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AnnualGoalDefined event) {
        jdbc.update("insert into annual_goal_directory (goal_id, team_id, year, retired) values (?, ?, ?, false) "
                        + "on conflict (goal_id) do update set team_id = excluded.team_id, year = excluded.year, retired = false",
                event.goalId().value(), event.teamId().value(), event.year());
    }

    @EventHandler
    void on(AnnualGoalRetired event) {
        jdbc.update("update annual_goal_directory set retired = true where goal_id = ?", event.goalId().value());
    }

    @Override
    public Optional<Standing> standingOf(AnnualGoalId goalId) {
        return jdbc.query("select team_id, year, retired from annual_goal_directory where goal_id = ?",
                (row, i) -> new Standing(new TeamId(row.getString(1)), row.getInt(2), row.getBoolean(3)),
                goalId.value()).stream().findFirst();
    }
}
