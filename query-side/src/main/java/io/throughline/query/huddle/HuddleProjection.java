package io.throughline.query.huddle;

import io.throughline.kernel.huddle.HuddleHeld;
import io.throughline.kernel.huddle.StuckItemResolved;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** {@code huddle_view} and {@code stuck_item_view}. */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"huddle_view", "stuck_item_view"})
class HuddleProjection {

    private final HuddleEntryRepository huddles;
    private final StuckItemEntryRepository stuckItems;

    HuddleProjection(HuddleEntryRepository huddles, StuckItemEntryRepository stuckItems) {
        this.huddles = huddles;
        this.stuckItems = stuckItems;
    }

    @EventHandler
    void on(HuddleHeld event, @Timestamp Instant at) {
        huddles.save(HuddleEntry.held(event, at));
        event.stuck().forEach(item -> stuckItems.save(StuckItemEntry.raised(event, item)));
    }

    @EventHandler
    void on(StuckItemResolved event, @Timestamp Instant at) {
        stuckItems.findById(event.itemId().value()).ifPresent(item -> item.resolved(event.resolution(), at));
    }

    @ResetHandler
    void reset() {
        huddles.deleteAllInBatch();
        stuckItems.deleteAllInBatch();
    }
}
