package io.throughline.query.progress;

import io.throughline.kernel.progress.Measure;
import io.throughline.kernel.progress.MeasureKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a priority's progress is the mean of, in one order everywhere: its KPIs by name, its milestones, then the
 * priorities aligned to it. The projection computes progress from this list and the reads show it: the two agree.
 */
public final class Measures {

    static final String MILESTONES = "Milestones";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Comparator<Measure> BY_NAME = Comparator.comparing(Measure::name);

    private Measures() {
    }

    /**
     * @param kpis     its linked KPIs still on the scorecard
     * @param children the priorities aligned to it that are not dropped
     */
    public static List<Measure> of(List<Measure> kpis, int milestonesDone, int milestonesTotal,
                                   BigDecimal milestonesWeight, List<Measure> children) {
        List<Measure> measures = new ArrayList<>(kpis.size() + 1 + children.size());
        measures.addAll(kpis);
        measures.sort(BY_NAME);
        if (milestonesTotal > 0) {
            measures.add(new Measure(MeasureKind.MILESTONES, null, MILESTONES, BigDecimal.valueOf(milestonesDone)
                    .multiply(HUNDRED).divide(BigDecimal.valueOf(milestonesTotal), 1, RoundingMode.HALF_UP),
                    milestonesWeight));
        }
        measures.addAll(children);
        return measures;
    }

    public static Measure kpi(String metricId, String name, BigDecimal contribution, BigDecimal weight) {
        return new Measure(MeasureKind.METRIC, metricId, name, contribution, weight);
    }

    public static Measure priority(String priorityId, String title, BigDecimal progress, BigDecimal weight) {
        return new Measure(MeasureKind.PRIORITY, priorityId, title, progress, weight);
    }
}
