package io.throughline.kernel.progress;

import java.math.BigDecimal;

/**
 * The weights of measured progress: a KPI's among its priority's measures, a priority's milestones among them, and a
 * priority's among its parent's. Each is more than 0 and at most {@link #MAX}; one left unset weighs {@link #DEFAULT},
 * so that measures count equally until a leader says otherwise.
 */
public final class Weights {

    public static final BigDecimal DEFAULT = BigDecimal.ONE;
    public static final BigDecimal MAX = BigDecimal.valueOf(100);

    private Weights() {
    }

    public static boolean isValid(BigDecimal weight) {
        return weight.signum() > 0 && weight.compareTo(MAX) <= 0;
    }

    public static BigDecimal orDefault(BigDecimal weight) {
        return weight == null ? DEFAULT : weight;
    }
}
