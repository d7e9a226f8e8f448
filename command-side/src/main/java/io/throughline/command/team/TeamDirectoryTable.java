package io.throughline.command.team;

import io.throughline.command.CommandDirectories;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamLeadAppointed;
import io.throughline.kernel.team.TeamMemberAdded;
import io.throughline.kernel.team.TeamMemberRemoved;
import io.throughline.kernel.team.TeamMoved;
import io.throughline.kernel.team.TeamRegistered;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The team tree with each team's lead and members (tables team_directory and team_directory_member), written in the
 * transaction that appends the team events and read by commands on other aggregates. Each handler sets the state the
 * event leaves, so the log folded again over the rows ends where it ends ({@code DirectoryBackfill}).
 */
@Component
@ProcessingGroup(CommandDirectories.PROCESSING_GROUP)
class TeamDirectoryTable implements TeamDirectory {

    private static final String CHAIN = """
            with recursive chain (team_id, parent_team_id, lead_id, path) as (
                select team_id, parent_team_id, lead_id, array[team_id] from team_directory where team_id = ?
                union all
                select t.team_id, t.parent_team_id, t.lead_id, c.path || t.team_id
                from chain c join team_directory t on t.team_id = c.parent_team_id
                where t.team_id <> all (c.path)
            )
            select team_id, lead_id from chain order by cardinality(path)""";

    private final JdbcTemplate jdbc;

    TeamDirectoryTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TeamRegistered event) {
        String team = event.teamId().value();
        jdbc.update("insert into team_directory (team_id, parent_team_id, lead_id) values (?, ?, null) "
                + "on conflict (team_id) do update set parent_team_id = excluded.parent_team_id, lead_id = null",
                team, valueOf(event.parentTeamId()));
        jdbc.update("delete from team_directory_member where team_id = ?", team);
    }

    @EventHandler
    void on(TeamMoved event) {
        jdbc.update("update team_directory set parent_team_id = ? where team_id = ?",
                valueOf(event.parentTeamId().after()), event.teamId().value());
    }

    @EventHandler
    void on(TeamLeadAppointed event) {
        jdbc.update("update team_directory set lead_id = ? where team_id = ?",
                event.leadId().after() == null ? null : event.leadId().after().value(), event.teamId().value());
    }

    @EventHandler
    void on(TeamMemberAdded event) {
        jdbc.update("insert into team_directory_member (team_id, person_id) values (?, ?) on conflict do nothing",
                event.teamId().value(), event.personId().value());
    }

    @EventHandler
    void on(TeamMemberRemoved event) {
        jdbc.update("delete from team_directory_member where team_id = ? and person_id = ?",
                event.teamId().value(), event.personId().value());
    }

    @Override
    public boolean exists(TeamId teamId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from team_directory where team_id = ?)", Boolean.class, valueOf(teamId)));
    }

    @Override
    public boolean isLedBy(TeamId teamId, PersonId person) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from team_directory where team_id = ? and lead_id = ?)", Boolean.class,
                valueOf(teamId), person.value()));
    }

    @Override
    public boolean hasLeadOrMember(TeamId teamId, PersonId person) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from team_directory where team_id = ? and lead_id = ?) "
                        + "or exists (select 1 from team_directory_member where team_id = ? and person_id = ?)",
                Boolean.class, valueOf(teamId), person.value(), valueOf(teamId), person.value()));
    }

    @Override
    public List<TeamId> teamsOf(PersonId person) {
        return jdbc.query("select team_id from team_directory where lead_id = ? "
                        + "union select team_id from team_directory_member where person_id = ?",
                (row, i) -> new TeamId(row.getString(1)), person.value(), person.value());
    }

    @Override
    public List<TeamAndLead> chainOf(TeamId teamId) {
        return jdbc.query(CHAIN, (row, i) -> new TeamAndLead(new TeamId(row.getString(1)),
                row.getString(2) == null ? null : new PersonId(row.getString(2))), valueOf(teamId));
    }

    @Override
    public List<TeamId> selfAndAncestorsWhileMoving(TeamId teamId) {
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('team_directory: a team moves'))");
        return selfAndAncestors(teamId);
    }

    /** Absent: no such team (a command without one is answered by its handler). */
    private static String valueOf(TeamId team) {
        return team == null ? null : team.value();
    }
}
