package io.throughline.query.dashboard;

import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.progress.Weights;
import io.throughline.query.dashboard.CompanyPriority.Measured;
import io.throughline.query.progress.Measures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measured progress as the progress projection computed it at past instants ({@code priority_progress_version},
 * {@code kpi_progress_version}): each priority's reading and the KPIs behind it, then. Each read is one query for all
 * the priorities asked about, each at its own instant (a final roll-up takes each team at its own close), so that a
 * past roll-up of thousands of priorities costs what the live one does.
 */
@Component
class ProgressThen {

    /** The cut of each priority asked about: its id and the instant it is taken at, as two arrays of one length. */
    private static final String CUTS = "unnest(:ids::text[], :instants::text[]::timestamptz[]) as cut(priority_id, at)";
    private static final String MEASURED = """
            select v.priority_id, v.progress, v.weight, v.milestones_weight, v.milestones_done, v.milestones_total
            from %s cross join lateral (
                select * from priority_progress_version v
                where v.priority_id = cut.priority_id and v.valid_from <= cut.at order by v.version desc limit 1) v"""
            .formatted(CUTS);
    /** The KPIs ever linked to the priority by its instant, each at its own reading then: those measuring it then. */
    private static final String KPIS = """
            select cut.priority_id, k.metric_id, k.name, k.contribution, k.weight
            from %s
            cross join lateral (
                select distinct m.metric_id from kpi_progress_version m
                where m.priority_id = cut.priority_id and m.valid_from <= cut.at) linked
            cross join lateral (
                select * from kpi_progress_version k
                where k.metric_id = linked.metric_id and k.valid_from <= cut.at order by k.version desc limit 1) k
            where k.priority_id = cut.priority_id and not k.retired""".formatted(CUTS);
    private static final String ALIGNED = """
            select c.parent_priority_id, c.priority_id, c.title, g.progress, g.weight
            from priority_version c left join lateral (
                select g.progress, g.weight from priority_progress_version g
                where g.priority_id = c.priority_id and g.valid_from <= :at order by g.version desc limit 1) g on true
            where c.parent_priority_id in (:parents) and c.valid_from <= :at
              and (c.valid_to is null or c.valid_to > :at) and c.status <> 'DROPPED'
            order by c.assigned_at, c.priority_id""";

    private final JdbcClient jdbc;

    ProgressThen(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each priority's reading at its instant; none where it had none (a log from before V39, not replayed since). */
    Map<PriorityId, Measured> measured(Map<PriorityId, Instant> instants) {
        if (instants.isEmpty()) {
            return Map.of();
        }
        return cut(jdbc.sql(MEASURED), instants).query((row, number) -> Map.entry(
                        new PriorityId(row.getString("priority_id")), new Measured(row.getBigDecimal("progress"),
                                row.getBigDecimal("weight"), row.getBigDecimal("milestones_weight"),
                                row.getInt("milestones_done"), row.getInt("milestones_total"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The KPIs measuring each priority at its instant and still on a scorecard then, as they contributed then. */
    Map<PriorityId, List<Measure>> kpis(Map<PriorityId, Instant> instants) {
        if (instants.isEmpty()) {
            return Map.of();
        }
        return byPriority(cut(jdbc.sql(KPIS), instants).query((row, number) -> Map.entry(
                new PriorityId(row.getString("priority_id")), Measures.kpi(row.getString("metric_id"),
                        row.getString("name"), row.getBigDecimal("contribution"), row.getBigDecimal("weight"))))
                .list());
    }

    /** The priorities aligned to each of the parents at the instant and not dropped then, as they measured then. */
    Map<PriorityId, List<Measure>> aligned(Collection<PriorityId> parents, Instant instant) {
        if (parents.isEmpty()) {
            return Map.of();
        }
        return byPriority(jdbc.sql(ALIGNED).param("parents", parents.stream().map(PriorityId::value).toList())
                .param("at", Timestamp.from(instant))
                .query((row, number) -> Map.entry(new PriorityId(row.getString("parent_priority_id")),
                        Measures.priority(row.getString("priority_id"), row.getString("title"),
                                row.getBigDecimal("progress"), weightOr(row.getBigDecimal("weight")))))
                .list());
    }

    private static JdbcClient.StatementSpec cut(JdbcClient.StatementSpec sql, Map<PriorityId, Instant> instants) {
        List<Map.Entry<PriorityId, Instant>> cuts = List.copyOf(instants.entrySet());
        return sql.param("ids", cuts.stream().map(cut -> cut.getKey().value()).toArray(String[]::new))
                .param("instants", cuts.stream().map(cut -> cut.getValue().toString()).toArray(String[]::new));
    }

    private static BigDecimal weightOr(BigDecimal weight) {
        return weight == null ? Weights.DEFAULT : weight;
    }

    private static Map<PriorityId, List<Measure>> byPriority(List<Map.Entry<PriorityId, Measure>> rows) {
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }
}
