package io.throughline.kernel.progress;

import io.throughline.kernel.Quarter;
import io.throughline.kernel.priority.PriorityStatus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a priority's progress is expected to be on a day: linear through its quarter, so that "behind" shows before
 * its owner's status says so.
 */
public final class Expectation {

    /** More points than this behind the expected progress while reported on track reads as optimistic. */
    public static final int OPTIMISTIC_BEHIND_BY = 25;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Expectation() {
    }

    /** The share of the quarter's days gone by the end of {@code today}, 0 to 100 with one decimal. */
    public static BigDecimal expectedProgress(Quarter quarter, LocalDate today) {
        if (today.isBefore(quarter.firstDay())) {
            return BigDecimal.ZERO.setScale(1);
        }
        if (today.isAfter(quarter.lastDay())) {
            return HUNDRED.setScale(1);
        }
        long days = ChronoUnit.DAYS.between(quarter.firstDay(), quarter.lastDay()) + 1;
        long gone = ChronoUnit.DAYS.between(quarter.firstDay(), today) + 1;
        return HUNDRED.multiply(BigDecimal.valueOf(gone)).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
    }

    /** Reported on track while measured more than {@value #OPTIMISTIC_BEHIND_BY} points behind what is expected. */
    public static boolean optimistic(PriorityStatus status, BigDecimal progress, BigDecimal expected) {
        return status == PriorityStatus.ON_TRACK && progress != null
                && expected.subtract(progress).compareTo(BigDecimal.valueOf(OPTIMISTIC_BEHIND_BY)) > 0;
    }
}
