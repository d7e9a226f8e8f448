package io.throughline.query.progress;

import io.throughline.kernel.progress.Measure;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;

/** A priority's progress: the weighted mean of its measures that can tell, one decimal; none tells: null. */
final class WeightedMean {

    private WeightedMean() {
    }

    static BigDecimal of(Collection<Measure> measures) {
        List<Measure> telling = measures.stream().filter(measure -> measure.contribution() != null).toList();
        if (telling.isEmpty()) {
            return null;
        }
        BigDecimal weighted = telling.stream().map(measure -> measure.contribution().multiply(measure.weight()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weights = telling.stream().map(Measure::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return weighted.divide(weights, MathContext.DECIMAL64).setScale(1, RoundingMode.HALF_UP);
    }
}
