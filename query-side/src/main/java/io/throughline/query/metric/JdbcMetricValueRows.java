package io.throughline.query.metric;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;

/**
 * Inserts a batch's values into {@code metric_value} with one batched INSERT (the driver's reWriteBatchedInserts sends
 * it as multi-row statements), on the connection of the processor's transaction: the rows commit with its token or not
 * at all.
 */
@Component
class JdbcMetricValueRows implements MetricValueRows {

    private static final String INSERT = """
            insert into metric_value (metric_id, period, period_start, value, note, recorded_at, recorded_by,
                                      original_value, correction_reason, corrected_at, corrected_by)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate sql;

    JdbcMetricValueRows(JdbcTemplate sql) {
        this.sql = sql;
    }

    @Override
    public void insert(Collection<MetricValueEntry> recorded) {
        if (recorded.isEmpty()) {
            return;
        }
        sql.batchUpdate(INSERT, new ArrayList<>(recorded), recorded.size(), (insert, value) -> {
            insert.setString(1, value.metricId());
            insert.setString(2, value.period().value());
            insert.setObject(3, value.periodStart());
            insert.setBigDecimal(4, value.value());
            insert.setString(5, value.note());
            insert.setObject(6, utc(value.recordedAt()));
            insert.setString(7, value.recordedBy());
            insert.setObject(8, value.originalValue(), Types.NUMERIC);
            insert.setString(9, value.correctionReason());
            insert.setObject(10, utc(value.correctedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            insert.setString(11, value.correctedBy());
        });
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
