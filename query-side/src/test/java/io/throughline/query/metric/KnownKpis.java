package io.throughline.query.metric;

import io.throughline.query.support.InMemoryRepository;

/** For projections that show a team's scorecard beside their own rows. */
public final class KnownKpis {

    private KnownKpis() {
    }

    /** The scorecards of an organisation without KPIs. */
    public static Scorecards none() {
        return new Scorecards(InMemoryRepository.of(MetricEntryRepository.class, MetricEntry.class), null, null, null);
    }
}
