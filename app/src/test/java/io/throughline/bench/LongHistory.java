package io.throughline.bench;

import java.util.Locale;

/**
 * The sections on a long history: seeds the {@link Dataset} with the projections stopped, then measures the rebuild
 * when they start again (4, {@link Replay}), the queries (5, {@link QueryLatency}), the web pages
 * ({@link PageLatency}) and the auditors' reads ({@link AuditReads}) on it, and commands on its history-growth
 * metrics (2, {@link HistoryGrowth}). Answers the dataset, which the service alone works on next ({@link ServiceAlone}).
 */
final class LongHistory {

    private LongHistory() {
    }

    static Dataset measure(BenchService service, BenchSizes sizes, BenchReport.Findings findings) throws Exception {
        // The load's last events first, so that the rebuild is of the seeded events only.
        service.awaitProjections(service.head(), 120);
        service.stopProjections();
        try {
            Dataset dataset = Dataset.seed(service, sizes, findings.results());
            findings.details(String.format(Locale.ROOT, "%nSeeded for replay, query latency, audit reads and history "
                            + "growth: %,d events (%,d priorities of %d teams with %,d events between them, %,d metric "
                            + "values) in %.1f s, %,.0f events/s, in JDBC batches straight into domain_event_entry with "
                            + "the service's event serializer while the projections were stopped.%n", dataset.events,
                    dataset.priorities.size(), dataset.teams.size(), dataset.priorityEvents, dataset.metricValues,
                    dataset.seedSeconds, dataset.events / dataset.seedSeconds));
            Replay.measure(service, dataset, sizes, findings);
            QueryLatency.measure(service, dataset, sizes, findings);
            PageLatency.measure(service, dataset, sizes, findings);
            AuditReads.measure(service, dataset, sizes, findings);
            HistoryGrowth.measure(service, dataset, sizes, findings);
            return dataset;
        } finally {
            service.startProjections();
        }
    }
}
