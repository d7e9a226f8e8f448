package io.throughline.web;

import io.throughline.kernel.insight.Insights;
import io.throughline.kernel.insight.Insights.CalibrationBand;
import io.throughline.kernel.insight.Insights.LeaderCheckIns;

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
        Chart calibration = new Chart("Confidence", bands.stream().map(CalibrationBand::band).toList(),
                List.of(new Series("Share done", "#1570ef", percent(bands.stream().map(CalibrationBand::shareDone).toList()))),
                true, false);
        Chart time = new Chart("Team", insights.teams().stream().map(Insights.TeamTime::teamName).toList(), List.of(
                new Series("On track", "#12b76a", insights.teams().stream().map(Insights.TeamTime::onTrackDays).toList()),
                new Series("At risk", "#f79009", insights.teams().stream().map(Insights.TeamTime::atRiskDays).toList()),
                new Series("Off track", "#f04438", insights.teams().stream().map(Insights.TeamTime::offTrackDays).toList())),
                false, false);
        Chart huddles = new Chart("Team", insights.huddles().stream().map(Insights.HuddleCadence::teamName).toList(),
                List.of(new Series("Huddles a week", "#1570ef",
                        insights.huddles().stream().map(Insights.HuddleCadence::perWeek).toList())), false, false);
        Chart kpis = new Chart("Team", insights.kpiValues().stream().map(Insights.KpiTimeliness::teamName).toList(),
                List.of(new Series("On time", "#12b76a", percent(insights.kpiValues().stream()
                        .map(Insights.KpiTimeliness::shareOnTime).toList()))), true, false);
        Chart ownership = new Chart("Quarter", insights.ownership().stream().map(share -> quarterName(share.quarter().value())).toList(),
                List.of(new Series("Owned below the executives", "#1570ef", percent(insights.ownership().stream()
                        .map(Insights.OwnershipShare::value).toList()))), true, true);
        return new InsightCharts(calibration, time, huddles, kpis, checkInsOf(insights.checkIns(), monthName),
                ownership);
    }

    /** One bar group per leader (by id: the page names them), one series per month of the quarter. */
    private static Chart checkInsOf(List<LeaderCheckIns> checkIns, Function<String, String> monthName) {
        List<String> leaders = checkIns.stream().map(LeaderCheckIns::leaderId).distinct().toList();
        Map<String, Map<String, Integer>> byMonth = new LinkedHashMap<>();
        checkIns.stream().map(LeaderCheckIns::month).sorted().distinct()
                .forEach(month -> byMonth.put(month, new LinkedHashMap<>()));
        checkIns.forEach(row -> byMonth.get(row.month()).put(row.leaderId(), row.checkIns()));
        List<String> colours = List.of("#1570ef", "#12b76a", "#f79009");
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

    private static List<BigDecimal> percent(List<BigDecimal> shares) {
        return shares.stream().map(share -> share == null ? null : share.movePointRight(2)).toList();
    }
}
