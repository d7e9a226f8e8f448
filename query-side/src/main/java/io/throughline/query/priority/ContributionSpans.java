package io.throughline.query.priority;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Reads {@code priority_contribution_span}, every lateral link there has been from when it was made until it was
 * removed (written by {@link ContributionProjection}), for the roll-up as of a past instant;
 * {@code priority_contribution_view} keeps only the links that stand.
 */
@Component
public class ContributionSpans {

    private final JdbcClient jdbc;

    ContributionSpans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every link made by a priority of the quarter, oldest first, with when it stood. */
    public List<Span> madeIn(Quarter quarter) {
        return jdbc.sql("""
                        select s.priority_id, s.target_priority_id, s.added_at, s.removed_at
                        from priority_contribution_span s join priority_view p on p.priority_id = s.priority_id
                        where p.quarter = ? order by s.added_at, s.priority_id""")
                .param(quarter.value())
                .query((row, number) -> new Span(new PriorityId(row.getString("priority_id")),
                        new PriorityId(row.getString("target_priority_id")), row.getTimestamp("added_at").toInstant(),
                        row.getTimestamp("removed_at") == null ? null : row.getTimestamp("removed_at").toInstant()))
                .list();
    }

    /** A priority contributing to another, besides the parent it serves, from {@code addedAt} until {@code removedAt}. */
    public record Span(PriorityId priorityId, PriorityId targetPriorityId, Instant addedAt, Instant removedAt) {

        public boolean standsAt(Instant instant) {
            return !addedAt.isAfter(instant) && (removedAt == null || removedAt.isAfter(instant));
        }
    }
}
