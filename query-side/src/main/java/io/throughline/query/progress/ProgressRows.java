package io.throughline.query.progress;

import io.throughline.kernel.progress.Measure;

import java.util.List;
import java.util.Map;

/** What readings of progress need of the progress read model, for many priorities at once. */
interface ProgressRows {

    /** Each priority's own row, by priority id; a priority without one is left out. */
    Map<String, PriorityProgressEntry.Reading> readingsOf(List<String> priorityIds);

    /** The KPIs still on a scorecard that measure these priorities, by priority id. */
    Map<String, List<Measure>> kpisOf(List<String> priorityIds);

    /** The priorities aligned to these that count (not dropped), with their titles, by parent id, oldest first. */
    Map<String, List<Measure>> alignedTo(List<String> priorityIds);
}
