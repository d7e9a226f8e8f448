package io.throughline.query.progress;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.ZoneOffset;

/**
 * Writes a batch's versions with one batched INSERT per table (the driver's reWriteBatchedInserts sends each as
 * multi-row statements), on the connection of the processor's transaction: the rows commit with its token or not at
 * all.
 */
@Component
class JdbcProgressVersionRows implements ProgressVersionRows {

    private static final String KPI = """
            insert into kpi_progress_version (metric_id, version, valid_from, priority_id, name, weight, retired,
                                              contribution)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String PRIORITY = """
            insert into priority_progress_version (priority_id, version, valid_from, weight, milestones_weight,
                                                   milestones_done, milestones_total, progress)
            values (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate sql;

    JdbcProgressVersionRows(JdbcTemplate sql) {
        this.sql = sql;
    }

    @Override
    public void write(NewVersions versions) {
        if (!versions.kpis().isEmpty()) {
            sql.batchUpdate(KPI, versions.kpis(), versions.kpis().size(), (insert, kpi) -> {
                insert.setString(1, kpi.metricId());
                insert.setLong(2, kpi.version());
                insert.setObject(3, kpi.validFrom().atOffset(ZoneOffset.UTC));
                insert.setString(4, kpi.priorityId());
                insert.setString(5, kpi.name());
                insert.setBigDecimal(6, kpi.weight());
                insert.setBoolean(7, kpi.retired());
                insert.setObject(8, kpi.contribution(), Types.NUMERIC);
            });
        }
        if (!versions.priorities().isEmpty()) {
            sql.batchUpdate(PRIORITY, versions.priorities(), versions.priorities().size(), (insert, priority) -> {
                insert.setString(1, priority.priorityId());
                insert.setLong(2, priority.version());
                insert.setObject(3, priority.validFrom().atOffset(ZoneOffset.UTC));
                insert.setBigDecimal(4, priority.weight());
                insert.setBigDecimal(5, priority.milestonesWeight());
                insert.setInt(6, priority.milestonesDone());
                insert.setInt(7, priority.milestonesTotal());
                insert.setObject(8, priority.progress(), Types.NUMERIC);
            });
        }
    }

    @Override
    public void deleteAll() {
        sql.update("delete from kpi_progress_version");
        sql.update("delete from priority_progress_version");
    }
}
