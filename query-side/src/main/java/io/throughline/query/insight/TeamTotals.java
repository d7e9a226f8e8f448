package io.throughline.query.insight;

import io.throughline.kernel.insight.Insights;
import io.throughline.kernel.insight.Insights.PriorityTime;
import io.throughline.kernel.insight.Insights.TeamTime;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/** The per-team sums of the priorities' time in status and slips, in the order of the teams in scope. */
final class TeamTotals {

    private TeamTotals() {
    }

    static List<TeamTime> of(List<PriorityTime> priorities, Map<String, String> teamNames) {
        Map<String, List<PriorityTime>> byTeam = priorities.stream()
                .collect(Collectors.groupingBy(PriorityTime::teamId));
        return teamNames.entrySet().stream().filter(team -> byTeam.containsKey(team.getKey()))
                .map(team -> totalOf(team.getKey(), team.getValue(), byTeam.get(team.getKey()))).toList();
    }

    private static TeamTime totalOf(String teamId, String teamName, List<PriorityTime> priorities) {
        return new TeamTime(teamId, teamName, priorities.size(), days(priorities, PriorityTime::onTrackDays),
                days(priorities, PriorityTime::atRiskDays), days(priorities, PriorityTime::offTrackDays),
                count(priorities, PriorityTime::dueDateMoves), count(priorities, PriorityTime::titleChanges),
                count(priorities, PriorityTime::criterionChanges), count(priorities, PriorityTime::goalpostsMoved));
    }

    private static BigDecimal days(List<PriorityTime> priorities, Function<PriorityTime, BigDecimal> days) {
        return priorities.stream().map(days).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(Insights.SCALE);
    }

    private static int count(List<PriorityTime> priorities, ToIntFunction<PriorityTime> count) {
        return priorities.stream().mapToInt(count).sum();
    }
}
