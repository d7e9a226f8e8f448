package io.throughline.web;

import io.throughline.kernel.insight.Insights;
import io.throughline.kernel.insight.Insights.CalibrationBand;
import io.throughline.kernel.insight.Insights.HuddleCadence;
import io.throughline.kernel.insight.Insights.KpiTimeliness;
import io.throughline.kernel.insight.Insights.LeaderCheckIns;
import io.throughline.kernel.insight.Insights.OwnershipShare;
import io.throughline.kernel.insight.Insights.TeamTime;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The insights page's charts as data for uPlot (static/js/insight-charts.js): one label per bar or point and one or
 * more series of numbers; shares are drawn as percentages. Each chart has a table beside it with the same numbers.
 */
record InsightCharts(Chart calibration, Chart timeInStatus, Chart huddles, Chart kpiValues, Chart checkIns,
                     Chart ownership) {

    private static final String BLUE = "#1570ef";
    private static final String GREEN = "#12b76a";
    private static final String AMBER = "#f79009";
    private static final String RED = "#f04438";

    /**
     * @param of   what the labels name (a team, a band): the legend's first entry
     * @param line a line over time (the ownership trend) rather than bars
     */
    record Chart(String of, List<String> labels, List<Series> series, boolean percent, boolean line) {

        /** The same chart with other labels: people's names for their ids, which only the page knows. */
        public Chart withLabels(List<String> names) {
            return new Chart(of, names, series, percent, line);
        }
    }

    record Series(String label, String colour, List<BigDecimal> values) {
    }

    static InsightCharts of(Insights insights, Function<String, String> monthName) {
        List<CalibrationBand> bands = insights.calibration();
        List<TeamTime> teams = insights.teams();
        List<KpiTimeliness> kpis = insights.kpiValues();
        List<OwnershipShare> ownership = insights.ownership();
        return new InsightCharts(
                new Chart("Confidence", map(bands, CalibrationBand::band),
                        List.of(new Series("Share done", BLUE, percent(map(bands, CalibrationBand::shareDone)))),
                        true, false),
                new Chart("Team", map(teams, TeamTime::teamName), List.of(
                        new Series("On track", GREEN, map(teams, TeamTime::onTrackDays)),
                        new Series("At risk", AMBER, map(teams, TeamTime::atRiskDays)),
                        new Series("Off track", RED, map(teams, TeamTime::offTrackDays))), false, false),
                new Chart("Team", map(insights.huddles(), HuddleCadence::teamName), List.of(
                        new Series("Huddles a week", BLUE, map(insights.huddles(), HuddleCadence::perWeek))),
                        false, false),
                new Chart("Team", map(kpis, KpiTimeliness::teamName),
                        List.of(new Series("On time", GREEN, percent(map(kpis, KpiTimeliness::shareOnTime)))),
                        true, false),
                checkInsOf(insights.checkIns(), monthName),
                new Chart("Quarter", map(ownership, share -> quarterName(share.quarter().value())),
                        List.of(new Series("Owned below the executives", BLUE,
                                percent(map(ownership, OwnershipShare::value)))), true, true));
    }

    /** One bar group per leader (by id: the page names them), one series per month of the quarter. */
    private static Chart checkInsOf(List<LeaderCheckIns> checkIns, Function<String, String> monthName) {
        List<String> leaders = checkIns.stream().map(LeaderCheckIns::leaderId).distinct().toList();
        Map<String, Map<String, Integer>> byMonth = new LinkedHashMap<>();
        checkIns.stream().map(LeaderCheckIns::month).sorted().distinct()
                .forEach(month -> byMonth.put(month, new LinkedHashMap<>()));
        checkIns.forEach(row -> byMonth.get(row.month()).put(row.leaderId(), row.checkIns()));
        List<String> colours = List.of(BLUE, GREEN, AMBER);
        List<Series> series = new ArrayList<>();
        byMonth.forEach((month, counts) -> series.add(new Series(monthName.apply(month),
                colours.get(series.size() % colours.size()),
                leaders.stream().map(leader -> BigDecimal.valueOf(counts.getOrDefault(leader, 0))).toList())));
        return new Chart("Leader", leaders, series, false, false);
    }

    /** "Q3 2026" for 2026-Q3, as the page's tables write quarters. */
    private static String quarterName(String quarter) {
        return quarter.substring(5) + " " + quarter.substring(0, 4);
    }

    private static <T, R> List<R> map(List<T> rows, Function<T, R> field) {
        return rows.stream().map(field).toList();
    }

    private static List<BigDecimal> percent(List<BigDecimal> shares) {
        return shares.stream().map(share -> share == null ? null : share.movePointRight(2)).toList();
    }
}
