package io.throughline.query.priority;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.AnnualGoalId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.priority.PriorityView;
import io.throughline.kernel.team.TeamId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@code priority_version}, each state a priority has been in, so that a dashboard as of any instant is one
 * indexed read instead of folding thousands of priorities from the log. {@link PriorityProjection} writes it right
 * after {@code priority_view}'s row changed, so both always say the same; read here straight into records, only what
 * the roll-up draws, as the live roll-up reads {@code priority_view}.
 */
@Component
public class PriorityVersions {

    private static final String COLUMNS = """
            priority_id, version, team_id, quarter, title, description, owner_id, status, status_comment,
            confidence, success_criterion, due_date, parent_priority_id, change_count, assigned_at, reported_at,
            carried_from_id, carried_to_id, annual_goal_id""";
    private static final String THEN = "valid_from <= :at and (valid_to is null or valid_to > :at)";

    private final JdbcClient jdbc;

    PriorityVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every priority of the quarter assigned by the instant, as it stood then, in the order assigned. */
    public List<PriorityThen> asOf(Quarter quarter, Instant instant) {
        return jdbc.sql("select " + COLUMNS + " from priority_version where quarter = :quarter and " + THEN
                        + " order by assigned_at, priority_id")
                .param("quarter", quarter.value()).param("at", timestamp(instant))
                .query((row, number) -> then(row)).list();
    }

    /**
     * The quarter's priorities of each team named, as they stood at that team's own instant, in the order assigned:
     * a quarter's end is not the same instant for every team.
     */
    public List<PriorityThen> asOf(Quarter quarter, Map<TeamId, Instant> instants) {
        List<Map.Entry<TeamId, Instant>> cuts = List.copyOf(instants.entrySet());
        return jdbc.sql("select v.* from priority_version v"
                        + " join unnest(:teams::text[], :instants::text[]::timestamptz[]) as cut(team_id, at)"
                        + " on cut.team_id = v.team_id where v.quarter = :quarter and v.valid_from <= cut.at"
                        + " and (v.valid_to is null or v.valid_to > cut.at) order by v.assigned_at, v.priority_id")
                .param("teams", cuts.stream().map(cut -> cut.getKey().value()).toArray(String[]::new))
                .param("instants", cuts.stream().map(cut -> cut.getValue().toString()).toArray(String[]::new))
                .param("quarter", quarter.value())
                .query((row, number) -> then(row)).list();
    }

    /**
     * The team's priorities assigned by the instant, of the quarter or of every quarter (null), as they stood then, in
     * the order a team's dashboard lists them; each flagged an orphan when its parent stood dropped then.
     */
    public List<PriorityThen> asOf(TeamId teamId, Quarter quarter, Instant instant) {
        List<PriorityThen> held = jdbc.sql("select " + COLUMNS + " from priority_version where team_id = :team"
                        + (quarter == null ? "" : " and quarter = :quarter") + " and " + THEN
                        + " order by quarter, assigned_at, priority_id")
                .param("team", teamId.value()).param("at", timestamp(instant))
                .params(quarter == null ? Map.of() : Map.of("quarter", quarter.value()))
                .query((row, number) -> then(row)).list();
        List<String> parents = held.stream().map(priority -> priority.view().parentPriorityId())
                .filter(Objects::nonNull).map(PriorityId::value).distinct().toList();
        List<String> droppedParents = parents.isEmpty() ? List.of() : jdbc.sql("select priority_id from priority_version"
                        + " where priority_id in (:parents) and status = 'DROPPED' and " + THEN)
                .param("parents", parents).param("at", timestamp(instant)).query(String.class).list();
        return held.stream().map(priority -> priority.view().parentPriorityId() != null
                && droppedParents.contains(priority.view().parentPriorityId().value())
                ? priority.with(priority.view().status(), true) : priority).toList();
    }

    /** The teams that have held priorities in the quarter, ever. */
    public List<TeamId> teamsOf(Quarter quarter) {
        return jdbc.sql("select distinct team_id from priority_version where quarter = ? order by team_id")
                .param(quarter.value()).query((row, number) -> new TeamId(row.getString("team_id"))).list();
    }

    /** A priority's state at an instant, with what the roll-up needs beside the view. */
    public record PriorityThen(PriorityView view, int changeCount, Instant assignedAt, Instant reportedAt) {

        public boolean dropped() {
            return view.status() == PriorityStatus.DROPPED;
        }

        /** The same state with another status: the outcome a quarter's close gave it. */
        public PriorityThen withStatus(PriorityStatus status) {
            return with(status, view.orphaned());
        }

        private PriorityThen with(PriorityStatus status, boolean orphaned) {
            return new PriorityThen(new PriorityView(view.id(), view.teamId(), view.quarter(), view.title(),
                    view.description(), view.ownerId(), status, view.statusComment(), view.confidence(),
                    view.successCriterion(), view.dueDate(), view.parentPriorityId(), orphaned, view.version(),
                    view.carriedFromId(), view.carriedToId(), view.annualGoalId()), changeCount, assignedAt,
                    reportedAt);
        }
    }

    private static PriorityThen then(ResultSet row) throws SQLException {
        Date due = row.getDate("due_date");
        Integer confidence = row.getObject("confidence", Integer.class);
        PriorityView view = new PriorityView(new PriorityId(row.getString("priority_id")),
                new TeamId(row.getString("team_id")), new Quarter(row.getString("quarter")), row.getString("title"),
                row.getString("description"), new PersonId(row.getString("owner_id")),
                PriorityStatus.valueOf(row.getString("status")), row.getString("status_comment"),
                confidence, row.getString("success_criterion"),
                due == null ? null : due.toLocalDate(), priorityId(row.getString("parent_priority_id")), false,
                row.getLong("version"), priorityId(row.getString("carried_from_id")),
                priorityId(row.getString("carried_to_id")),
                row.getString("annual_goal_id") == null ? null : new AnnualGoalId(row.getString("annual_goal_id")));
        return new PriorityThen(view, row.getInt("change_count"), instant(row.getTimestamp("assigned_at")),
                instant(row.getTimestamp("reported_at")));
    }

    private static PriorityId priorityId(String value) {
        return value == null ? null : new PriorityId(value);
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
