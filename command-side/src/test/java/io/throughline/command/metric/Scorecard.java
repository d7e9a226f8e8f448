package io.throughline.command.metric;

import io.throughline.command.team.InMemoryTeams;
import io.throughline.kernel.CommandRejection.Kind;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.metric.Direction;
import io.throughline.kernel.metric.MetricDefined;
import io.throughline.kernel.metric.MetricId;
import io.throughline.kernel.metric.MetricKind;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.team.TeamId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;

import java.math.BigDecimal;

import static io.throughline.command.Rejections.rejected;
import static io.throughline.kernel.metric.Cadence.WEEKLY;
import static io.throughline.kernel.metric.Direction.HIGHER_IS_BETTER;
import static io.throughline.kernel.metric.MetricKind.LAGGING;

/**
 * The world the metric tests work in: teams sales and marketing, each with a priority, and the metric under test,
 * NPS of sales.
 */
final class Scorecard {

    static final MetricId NPS = new MetricId("nps");
    static final TeamId SALES = new TeamId("sales");
    static final TeamId MARKETING = new TeamId("marketing");
    static final PersonId ALICE = new PersonId("alice");
    static final PersonId BOB = new PersonId("bob");
    static final PriorityId SALES_PRIORITY = new PriorityId("win-emea");
    static final PriorityId MARKETING_PRIORITY = new PriorityId("launch-brand");
    static final PriorityId UNKNOWN_PRIORITY = new PriorityId("nowhere");
    static final Period W47 = new Period("2026-W47");
    static final Period W48 = new Period("2026-W48");

    /** NPS as defined by Alice: weekly in points, higher is better, target 50 with its default thresholds, lagging. */
    static final MetricDefined NPS_DEFINED = defined("50", HIGHER_IS_BETTER, "50", "45.0");

    private Scorecard() {
    }

    static AggregateTestFixture<Metric> fixture() {
        AggregateTestFixture<Metric> fixture = new AggregateTestFixture<>(Metric.class);
        fixture.registerInjectableResource(new InMemoryTeams().root(SALES).root(MARKETING));
        fixture.registerInjectableResource(new TeamPriorities()
                .with(SALES_PRIORITY, SALES).with(MARKETING_PRIORITY, MARKETING));
        return fixture;
    }

    /** NPS as defined by Alice with the given target and thresholds: lagging and serving no priority. */
    static MetricDefined defined(String target, Direction direction, String greenAt, String redAt) {
        return defined(target, direction, greenAt, redAt, LAGGING, null);
    }

    static MetricDefined defined(String target, Direction direction, String greenAt, String redAt, MetricKind kind,
                                 PriorityId priority) {
        return new MetricDefined(NPS, SALES, "NPS", "points", decimal(target), direction, WEEKLY, ALICE,
                decimal(greenAt), decimal(redAt), kind, priority);
    }

    /** Written as text so that the scale is exact: 45 and 45.0 are different event data. */
    static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    static void expectRejected(ResultValidator<Metric> result, Kind kind, String field) {
        result.expectNoEvents().expectException(rejected(kind, field));
    }
}
