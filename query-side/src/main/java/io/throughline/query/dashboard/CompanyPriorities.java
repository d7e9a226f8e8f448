package io.throughline.query.dashboard;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityStatus;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.team.TeamId;
import io.throughline.query.dashboard.CompanyPriority.Measured;
import io.throughline.query.progress.Measures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every priority of a quarter with its team, as the roll-up draws them: only the columns it needs, read straight into
 * records in one query. A company of a hundred teams has thousands of priorities a quarter; loading them as managed
 * entities with their texts cost the dashboard more than drawing it.
 */
@Component
class CompanyPriorities {

    private static final String OF_QUARTER = """
            select p.priority_id, p.title, p.team_id, t.name as team_name, t.level as team_level, p.owner_id, p.status,
                   p.due_date, p.parent_priority_id, p.orphaned, p.change_count, p.assigned_at, p.reported_at,
                   g.progress, g.weight, g.milestones_weight, g.milestones_done, g.milestones_total
            from priority_view p join team_view t on t.team_id = p.team_id
                 left join priority_progress_view g on g.priority_id = p.priority_id and g.quarter = :quarter
            where p.quarter = :quarter
            order by p.assigned_at""";

    private static final String KPIS_OF_QUARTER = """
            select k.priority_id, k.metric_id, k.name, k.contribution, k.weight
            from kpi_progress_view k join priority_progress_view g on g.priority_id = k.priority_id
            where g.quarter = ? and not k.retired""";

    private final JdbcClient jdbc;

    CompanyPriorities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * In the order they were assigned, which is the order the roll-up lists them in. A priority's progress row carries
     * its quarter (both are set when it is assigned and never change): naming it lets PostgreSQL read the quarter's
     * progress rows by index instead of every quarter's.
     */
    List<CompanyPriority> of(Quarter quarter) {
        return jdbc.sql(OF_QUARTER).param("quarter", quarter.value()).query((row, number) -> priority(row)).list();
    }

    /** The KPIs measuring the quarter's priorities, still on a scorecard, by the priority they measure. */
    Map<PriorityId, List<Measure>> kpisOf(Quarter quarter) {
        return jdbc.sql(KPIS_OF_QUARTER).param(quarter.value()).query((row, number) -> Map.entry(
                        new PriorityId(row.getString("priority_id")), Measures.kpi(row.getString("metric_id"),
                                row.getString("name"), row.getBigDecimal("contribution"), row.getBigDecimal("weight"))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /**
     * Dates and instants are read as java.time values straight from the row: through java.sql.Date and Timestamp
     * the driver builds a calendar for each, thousands a roll-up.
     */
    private static CompanyPriority priority(ResultSet row) throws SQLException {
        String parent = row.getString("parent_priority_id");
        return new CompanyPriority(new PriorityId(row.getString("priority_id")), row.getString("title"),
                new TeamId(row.getString("team_id")), row.getString("team_name"), row.getInt("team_level"),
                new PersonId(row.getString("owner_id")), PriorityStatus.valueOf(row.getString("status")),
                row.getObject("due_date", LocalDate.class), parent == null ? null : new PriorityId(parent),
                row.getBoolean("orphaned"), row.getInt("change_count"), instant(row, "assigned_at"),
                instant(row, "reported_at"), measured(row));
    }

    private static Measured measured(ResultSet row) throws SQLException {
        BigDecimal weight = row.getBigDecimal("weight");
        return weight == null ? Measured.NONE : new Measured(row.getBigDecimal("progress"), weight,
                row.getBigDecimal("milestones_weight"), row.getInt("milestones_done"), row.getInt("milestones_total"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime at = row.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
