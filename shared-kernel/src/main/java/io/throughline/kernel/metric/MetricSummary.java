package io.throughline.kernel.metric;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;

import java.math.BigDecimal;
import java.util.List;

/**
 * A KPI as its scorecard shows it.
 *
 * @param latestPeriod        the most recent period with a value; null before the first value
 * @param target              the target in force now (at asOf for a scorecard as of an instant); greenAt and redAt
 *                            its thresholds
 * @param colour              the latest value against the thresholds in force at the end of its period (see
 *                            {@link TargetHistory}); null without a value
 * @param changeSincePrevious latest value minus the value of the period before it; null when either is missing
 * @param missing             the last completed period of the cadence has no value yet
 * @param recentSeries        the last 13 periods, oldest first, ending with the later of the latest period and the
 *                            last completed one; a period without a value has a null value and colour, each
 *                            period the target in force at its end and its value's colour against it
 */
public record MetricSummary(MetricId id,
                            TeamId teamId,
                            String name,
                            String unit,
                            MetricKind kind,
                            Direction direction,
                            Cadence cadence,
                            BigDecimal target,
                            BigDecimal greenAt,
                            BigDecimal redAt,
                            PersonId ownerId,
                            PriorityId priorityId,
                            boolean retired,
                            Period latestPeriod,
                            BigDecimal latestValue,
                            Colour colour,
                            BigDecimal changeSincePrevious,
                            boolean missing,
                            List<SeriesPoint> recentSeries) {

    public record SeriesPoint(Period period, BigDecimal value, BigDecimal target, Colour colour) {
    }
}
