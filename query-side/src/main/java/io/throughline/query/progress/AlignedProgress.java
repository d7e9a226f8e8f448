package io.throughline.query.progress;

import java.math.BigDecimal;

/**
 * A priority aligned to another, as its parent's measures list it: read with its title in one query, so that a parent
 * with a hundred aligned priorities costs no hundred entities of either table.
 *
 * @param title null when the priority view has no row for it (yet)
 */
public record AlignedProgress(String priorityId, String parentPriorityId, String title, BigDecimal progress,
                              BigDecimal weight) {
}
