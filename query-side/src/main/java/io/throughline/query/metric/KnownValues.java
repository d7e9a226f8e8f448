package io.throughline.query.metric;

import io.throughline.kernel.metric.Period;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * KPI values as they were known at an instant, from {@code metric_value} and {@code metric_value_correction}: a value
 * recorded after the instant is not there yet, and a period corrected after it still has the value it had before the
 * first of those corrections. Read with SQL, a few rows a KPI, however long its history.
 */
@Component
class KnownValues {

    /** The value of {@code v} as known at {@code :asOf}. */
    private static final String VALUE_THEN = """
            coalesce((select c.value_before from metric_value_correction c
                       where c.metric_id = v.metric_id and c.period = v.period and c.corrected_at > :asOf
                       order by c.sequence limit 1), v.value)""";

    private final NamedParameterJdbcTemplate sql;

    KnownValues(NamedParameterJdbcTemplate sql) {
        this.sql = sql;
    }

    /** Each KPI's most recent period with a value known at the instant, and that value then; none for a KPI without. */
    Map<String, Value> latestAt(Collection<String> metricIds, Instant asOf) {
        Map<String, Value> latest = new HashMap<>();
        if (!metricIds.isEmpty()) {
            valuesThen(" from unnest(array[:metricIds]::text[]) as m(metric_id)"
                            + " cross join lateral (select metric_id, period, value from metric_value"
                            + "  where metric_id = m.metric_id and recorded_at <= :asOf"
                            + "  order by period_start desc limit 1) v",
                    new MapSqlParameterSource("metricIds", metricIds), asOf,
                    (metricId, period, value) -> latest.put(metricId, new Value(period, value)));
        }
        return latest;
    }

    /** Each KPI's values known at the instant, by period, from its own first day on (metric id to day). */
    Map<String, Map<Period, BigDecimal>> from(Map<String, LocalDate> firstDayByMetric, Instant asOf) {
        Map<String, Map<Period, BigDecimal>> known = new HashMap<>();
        if (!firstDayByMetric.isEmpty()) {
            // The parameters of a VALUES list reach PostgreSQL as text, whatever their Java type: the day is cast there.
            List<Object[]> windows = firstDayByMetric.entrySet().stream()
                    .map(window -> new Object[]{window.getKey(), window.getValue().toString()}).toList();
            valuesThen(" from metric_value v"
                            + " join (values :windows) as w(metric_id, first_day)"
                            + "   on v.metric_id = w.metric_id and v.period_start >= w.first_day::date"
                            + " where v.recorded_at <= :asOf",
                    new MapSqlParameterSource("windows", windows), asOf,
                    (metricId, period, value) -> known.computeIfAbsent(metricId, metric -> new HashMap<>())
                            .put(period, value));
        }
        return known;
    }

    /** Each row of {@code metric_value v} that {@code from} selects, with its value as known at the instant. */
    private void valuesThen(String from, MapSqlParameterSource parameters, Instant asOf, Row row) {
        sql.query("select v.metric_id, v.period, " + VALUE_THEN + " as value_then" + from,
                parameters.addValue("asOf", Timestamp.from(asOf)),
                (RowCallbackHandler) result -> row.accept(result.getString("metric_id"),
                        new Period(result.getString("period")), result.getBigDecimal("value_then")));
    }

    private interface Row {
        void accept(String metricId, Period period, BigDecimal value);
    }

    record Value(Period period, BigDecimal value) {
    }
}
