package io.throughline.query.insight;

import java.util.List;

/** Where the new rows of {@code insight_status_change} go: a batch of events' rows at once. */
@FunctionalInterface
interface StatusChangeWriter {

    void append(List<StatusChange> changes);
}
