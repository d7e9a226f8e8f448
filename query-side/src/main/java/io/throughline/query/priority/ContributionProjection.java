package io.throughline.query.priority;

import io.throughline.kernel.priority.Contributions;
import io.throughline.kernel.priority.ListContributions;
import io.throughline.kernel.priority.PriorityContributionAdded;
import io.throughline.kernel.priority.PriorityContributionRemoved;
import io.throughline.kernel.priority.PriorityDropped;
import io.throughline.kernel.priority.PriorityId;
import io.throughline.kernel.priority.PriorityReinstated;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.ReadModelTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * {@code priority_contribution_view}: the lateral links that stand now. A link to a dropped priority stays, flagged,
 * until the priority is reinstated or the link removed, as a child of a dropped parent stays flagged as an orphan.
 * In the dashboard's processing group, so the flag follows the drop in the same order as the orphans do.
 */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
@ReadModelTables({"priority_contribution_view", "priority_contribution_span"})
class ContributionProjection {

    private final ContributionEntryRepository contributions;
    private final ContributionSpanEntryRepository spans;

    ContributionProjection(ContributionEntryRepository contributions, ContributionSpanEntryRepository spans) {
        this.contributions = contributions;
        this.spans = spans;
    }

    @EventHandler
    void on(PriorityContributionAdded event, @Timestamp Instant at) {
        // the command side refuses a closed target, so a new link never starts flagged
        contributions.save(new ContributionEntry(event.priorityId(), event.targetPriorityId(), false, at));
        spans.save(new ContributionSpanEntry(event.priorityId(), event.targetPriorityId(), at));
    }

    @EventHandler
    void on(PriorityContributionRemoved event, @Timestamp Instant at) {
        spans.findFirstByPriorityIdAndTargetPriorityIdAndRemovedAtIsNull(event.priorityId().value(),
                event.targetPriorityId().value()).ifPresent(span -> span.removedAt(at));
        contributions.deleteById(new ContributionEntry.Key(event.priorityId().value(), event.targetPriorityId().value()));
    }

    @EventHandler
    void on(PriorityDropped event) {
        flagContributors(event.priorityId(), true);
    }

    @EventHandler
    void on(PriorityReinstated event) {
        flagContributors(event.priorityId(), false);
    }

    @ResetHandler
    void reset() {
        contributions.deleteAllInBatch();
        spans.deleteAllInBatch();
    }

    @QueryHandler
    Contributions handle(ListContributions query) {
        String priorityId = query.priorityId().value();
        return new Contributions(
                contributions.findByPriorityIdOrderByAddedAtAsc(priorityId).stream().map(ContributionEntry::toView).toList(),
                contributions.findByTargetPriorityIdOrderByAddedAtAsc(priorityId).stream().map(ContributionEntry::toView).toList());
    }

    private void flagContributors(PriorityId target, boolean dropped) {
        contributions.findByTargetPriorityIdOrderByAddedAtAsc(target.value()).forEach(link -> link.targetDropped(dropped));
    }
}
