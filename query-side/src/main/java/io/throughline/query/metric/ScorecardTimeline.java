package io.throughline.query.metric;

import io.throughline.kernel.metric.GetScorecardAsOf;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.metric.MetricSummary;
import io.throughline.kernel.metric.Period;
import io.throughline.kernel.metric.Scorecard;
import io.throughline.kernel.metric.TargetHistory;
import io.throughline.query.team.TeamsAsOf;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scorecards as they read at past instants, from the KPIs' histories in the read model (definitions, targets, values
 * and corrections, each with its time) rather than from their streams, which hold every value ever recorded. The day
 * of the instant is the scorecard's "today": its last completed period and recent series end there.
 */
@Component
public class ScorecardTimeline {

    private final TeamsAsOf teams;
    private final MetricEntryRepository metrics;
    private final MetricDefinitionVersionRepository definitions;
    private final KnownValues values;
    private final Scorecards scorecards;

    ScorecardTimeline(TeamsAsOf teams, MetricEntryRepository metrics,
                      MetricDefinitionVersionRepository definitions, KnownValues values, Scorecards scorecards) {
        this.teams = teams;
        this.metrics = metrics;
        this.definitions = definitions;
        this.values = values;
        this.scorecards = scorecards;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<Scorecard> handle(GetScorecardAsOf query) {
        return asOf(query.teamId(), query.asOf());
    }

    /** The team's scorecard as it read at the instant; empty when the team did not exist then. */
    public Optional<Scorecard> asOf(TeamId teamId, Instant instant) {
        return teams.nameAsOf(teamId, instant).map(name -> new Scorecard(teamId, name,
                activeMetricsAsOf(teamId.value(), instant), instant));
    }

    /** The team's KPIs defined by the instant and not retired then, by their names then. */
    private List<MetricSummary> activeMetricsAsOf(String teamId, Instant asOf) {
        Map<String, MetricEntry> ever = metrics.findByTeamId(teamId).stream()
                .collect(Collectors.toMap(MetricEntry::metricId, Function.identity()));
        if (ever.isEmpty()) {
            return List.of();
        }
        List<MetricDefinitionVersion> active = definitions.knownAt(ever.keySet(), asOf).stream()
                .filter(definition -> !definition.retired()).toList();
        Map<String, KnownValues.Value> latest = values.latestAt(
                active.stream().map(MetricDefinitionVersion::metricId).toList(), asOf);
        List<MetricEntry> then = active.stream().map(definition -> {
            KnownValues.Value latestThen = latest.get(definition.metricId());
            return definition.applyTo(ever.get(definition.metricId()), latestThen == null ? null : latestThen.period(),
                    latestThen == null ? null : latestThen.value());
        }).sorted(Comparator.comparing(MetricEntry::name).thenComparing(MetricEntry::metricId)).toList();
        LocalDate day = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
        Map<String, LocalDate> shownFrom = new HashMap<>();
        then.forEach(metric -> shownFrom.put(metric.metricId(), Scorecards.firstDayShownOf(metric, day)));
        Map<String, Map<Period, BigDecimal>> known = values.from(shownFrom, asOf);
        Map<String, TargetHistory> targets = scorecards.targetsOf(then);
        return then.stream().map(metric -> Scorecards.summaryOf(metric,
                known.getOrDefault(metric.metricId(), Map.of()), targets.get(metric.metricId()).knownAt(asOf), day))
                .toList();
    }
}
