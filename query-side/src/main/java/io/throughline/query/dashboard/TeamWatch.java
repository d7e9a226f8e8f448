package io.throughline.query.dashboard;

import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamTouched;
import io.throughline.kernel.team.WatchTeam;
import io.throughline.query.EventFields;
import io.throughline.query.ProcessingGroups;
import io.throughline.query.metric.MetricEntry;
import io.throughline.query.metric.MetricEntryRepository;
import io.throughline.query.priority.PriorityEntry;
import io.throughline.query.priority.PriorityEntryRepository;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Tells the pages watching a team that something about it changed. It runs in the dashboard processor, beside the
 * projections it announces, and Axon sends the update only once their transaction has committed: a page that
 * reloads on hearing it reads the change. A replay announces nothing: it changes nothing a page has not seen.
 */
@Component
@ProcessingGroup(ProcessingGroups.DASHBOARD)
class TeamWatch {

    private final QueryUpdateEmitter emitter;
    private final PriorityEntryRepository priorities;
    private final MetricEntryRepository metrics;

    TeamWatch(QueryUpdateEmitter emitter, PriorityEntryRepository priorities, MetricEntryRepository metrics) {
        this.emitter = emitter;
        this.priorities = priorities;
        this.metrics = metrics;
    }

    @EventHandler
    @DisallowReplay
    void on(Object payload, DomainEventMessage<?> event) {
        if (nobodyWatches()) {
            return; // the usual case: no lookups on the projections' path for an announcement nobody hears
        }
        teamOf(payload, event.getAggregateIdentifier()).ifPresent(team -> emitter.emit(WatchTeam.class,
                watch -> watch.teamId().value().equals(team),
                new TeamTouched(new TeamId(team), payload.getClass().getSimpleName(), event.getTimestamp())));
    }

    /** Nothing has happened yet for a page that starts watching: it has just read the team as it is. */
    @QueryHandler
    Optional<TeamTouched> handle(WatchTeam query) {
        return Optional.empty();
    }

    private boolean nobodyWatches() {
        return emitter.activeSubscriptions().stream().noneMatch(watch -> watch.getPayload() instanceof WatchTeam);
    }

    /** The team an event names, or the team of the priority or KPI it is about (these never change team). */
    private Optional<String> teamOf(Object payload, String aggregateId) {
        return Optional.ofNullable(EventFields.teamOf(payload))
                .or(() -> priorities.findById(aggregateId).map(PriorityEntry::teamId))
                .or(() -> metrics.findById(aggregateId).map(MetricEntry::teamId));
    }
}
