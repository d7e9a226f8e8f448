package io.throughline.command.priority;

import io.throughline.kernel.priority.PriorityId;

import java.util.Optional;

/** What a priority's command handlers may know about other priorities; injected by Axon. */
public interface PriorityDirectory {

    Optional<Placement> placementOf(PriorityId priorityId);
}
