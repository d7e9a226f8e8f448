package io.throughline.query.progress;

import io.throughline.kernel.progress.Measure;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The progress rows read with plain SQL, each query taking the priorities as one array: bound as an {@code in} list
 * value by value, Hibernate translated its query anew on every call (an eighth of the company team's dashboard), and
 * made entities of rows that are only read.
 */
@Component
class JdbcProgressRows implements ProgressRows {

    private static final String READINGS = """
            select priority_id, progress, weight, milestones_weight, milestones_done, milestones_total
            from priority_progress_view where priority_id = any(?)""";

    private static final String KPIS = """
            select priority_id, metric_id, name, contribution, weight
            from kpi_progress_view where priority_id = any(?) and not retired""";

    /** With their titles: the company's own priorities have a hundred aligned each. */
    private static final String ALIGNED = """
            select g.parent_priority_id, g.priority_id, p.title, g.progress, g.weight
            from priority_progress_view g left join priority_view p on p.priority_id = g.priority_id
            where g.parent_priority_id = any(?) and g.status <> 'DROPPED'
            order by p.assigned_at, g.priority_id""";

    private final JdbcClient jdbc;

    JdbcProgressRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, PriorityProgressEntry.Reading> readingsOf(List<String> priorityIds) {
        Map<String, PriorityProgressEntry.Reading> readings = new HashMap<>();
        jdbc.sql(READINGS).param(priorityIds.toArray(String[]::new)).query((ResultSet row) -> {
            readings.put(row.getString(1), new PriorityProgressEntry.Reading(row.getBigDecimal(2), row.getBigDecimal(3),
                    row.getBigDecimal(4), row.getInt(5), row.getInt(6)));
        });
        return readings;
    }

    @Override
    public Map<String, List<Measure>> kpisOf(List<String> priorityIds) {
        return byFirstColumn(KPIS, priorityIds,
                (row, number) -> Measures.kpi(row.getString(2), row.getString(3), row.getBigDecimal(4),
                        row.getBigDecimal(5)));
    }

    @Override
    public Map<String, List<Measure>> alignedTo(List<String> priorityIds) {
        return byFirstColumn(ALIGNED, priorityIds,
                (row, number) -> Measures.priority(row.getString(2), row.getString(3), row.getBigDecimal(4),
                        row.getBigDecimal(5)));
    }

    /** The measures of the query's rows, grouped by the row's first column in the order the rows come. */
    private Map<String, List<Measure>> byFirstColumn(String sql, List<String> priorityIds, RowMapper<Measure> measure) {
        return jdbc.sql(sql).param(priorityIds.toArray(String[]::new))
                .query((row, number) -> Map.entry(row.getString(1), measure.mapRow(row, number))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
