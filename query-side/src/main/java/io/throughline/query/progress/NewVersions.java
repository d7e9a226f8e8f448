package io.throughline.query.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * The versions of KPI and priority readings that one batch of events made, in the order they were made: written when
 * the batch commits, a batched INSERT per table. Versions are only ever appended, and nothing in the processor reads
 * them back, so none needs to be in the database before the batch ends.
 */
final class NewVersions {

    private final List<KpiProgressVersionEntry> kpis = new ArrayList<>();
    private final List<PriorityProgressVersionEntry> priorities = new ArrayList<>();

    void add(KpiProgressVersionEntry version) {
        kpis.add(version);
    }

    void add(PriorityProgressVersionEntry version) {
        priorities.add(version);
    }

    List<KpiProgressVersionEntry> kpis() {
        return kpis;
    }

    List<PriorityProgressVersionEntry> priorities() {
        return priorities;
    }
}
