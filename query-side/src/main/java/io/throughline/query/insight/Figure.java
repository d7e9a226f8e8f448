package io.throughline.query.insight;

import io.throughline.kernel.insight.Insights;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** Each figure of the insights as its own CSV: its name in the path, the rows it takes from the answer. */
enum Figure {

    CALIBRATION("calibration", Insights.CalibrationBand.class,
            insights -> Stream.of(insights.calibration(), insights.calibrationByTeam(), insights.calibrationByOwner())
                    .flatMap(List::stream).toList()),
    PRIORITIES("priorities", Insights.PriorityTime.class, Insights::priorities),
    TEAMS("teams", Insights.TeamTime.class, Insights::teams),
    HUDDLES("huddles", Insights.HuddleCadence.class, Insights::huddles),
    KPI_VALUES("kpi-values", Insights.KpiTimeliness.class, Insights::kpiValues),
    CHECK_INS("check-ins", Insights.LeaderCheckIns.class, Insights::checkIns),
    OWNERSHIP("ownership", Insights.OwnershipShare.class, Insights::ownership);

    final String fileName;
    final Class<? extends Record> rowType;
    final Function<Insights, List<? extends Record>> rows;

    Figure(String fileName, Class<? extends Record> rowType, Function<Insights, List<? extends Record>> rows) {
        this.fileName = fileName;
        this.rowType = rowType;
        this.rows = rows;
    }

    static Optional<Figure> named(String name) {
        return Arrays.stream(values()).filter(figure -> figure.fileName.equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(figure -> figure.fileName).toList();
    }
}
