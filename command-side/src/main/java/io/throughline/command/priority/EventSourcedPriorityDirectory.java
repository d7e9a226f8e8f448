package io.throughline.command.priority;

import io.throughline.command.AggregateLookup;
import io.throughline.kernel.priority.PriorityId;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.Optional;

@Component
class EventSourcedPriorityDirectory implements PriorityDirectory {

    private final Repository<Priority> priorities;

    EventSourcedPriorityDirectory(Repository<Priority> priorities) {
        this.priorities = priorities;
    }

    @Override
    public Optional<Placement> placementOf(PriorityId priorityId) {
        return AggregateLookup.find(priorities, priorityId, Priority::placement);
    }
}
