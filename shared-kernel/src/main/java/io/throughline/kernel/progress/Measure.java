package io.throughline.kernel.progress;

import java.math.BigDecimal;

/**
 * One measure behind a priority's progress.
 *
 * @param id           the KPI's or the aligned priority's id; {@code null} for the milestones
 * @param name         the KPI's name, the aligned priority's title, or "Milestones"
 * @param contribution how far this measure is, 0 to 100 (%); {@code null} when it cannot tell yet (a KPI without a
 *                     value, an aligned priority without measures): it then counts in no mean
 * @param weight       its weight in the priority's weighted mean
 */
public record Measure(MeasureKind kind, String id, String name, BigDecimal contribution, BigDecimal weight) {
}
