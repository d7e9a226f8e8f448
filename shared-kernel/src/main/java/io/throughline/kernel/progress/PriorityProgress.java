package io.throughline.kernel.progress;

import io.throughline.kernel.priority.PriorityId;

import java.math.BigDecimal;
import java.util.List;

/**
 * A priority's measured progress beside the progress expected by today.
 *
 * @param progress         0 to 100 (%), the weighted mean of its measures; {@code null} when it has none
 * @param expectedProgress 0 to 100 (%), the share of its quarter gone by the end of today
 * @param weight           its weight in its parent's progress
 * @param optimistic       its owner reports it on track while it is more than {@value Expectation#OPTIMISTIC_BEHIND_BY}
 *                         points behind the expected progress
 * @param measures         what its progress is the weighted mean of
 */
public record PriorityProgress(PriorityId priorityId,
                               BigDecimal progress,
                               BigDecimal expectedProgress,
                               BigDecimal weight,
                               boolean optimistic,
                               List<Measure> measures) {
}
