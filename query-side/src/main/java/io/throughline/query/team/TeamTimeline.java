package io.throughline.query.team;

import io.throughline.kernel.Change;
import io.throughline.kernel.team.TeamId;
import io.throughline.kernel.team.TeamRegistered;
import io.throughline.kernel.team.TeamRenamed;
import io.throughline.query.EventHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/** Teams as they stood at past instants, folded from their events in the log. */
@Component
public class TeamTimeline {

    private final EventHistory history;

    TeamTimeline(EventHistory history) {
        this.history = history;
    }

    /** The team's name at the instant; empty when it was not registered yet. */
    public Optional<String> nameAsOf(TeamId teamId, Instant instant) {
        String name = null;
        for (DomainEventMessage<?> event : history.until(teamId.value(), instant)) {
            if (event.getPayload() instanceof TeamRegistered registered) {
                name = registered.name();
            } else if (event.getPayload() instanceof TeamRenamed renamed) {
                name = Change.valueAfter(renamed.name(), name);
            }
        }
        return Optional.ofNullable(name);
    }
}
