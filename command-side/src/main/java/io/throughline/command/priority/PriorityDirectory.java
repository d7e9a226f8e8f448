package io.throughline.command.priority;

import io.throughline.kernel.priority.PriorityId;

import java.util.Optional;

/**
 * What other command handlers and the policies may know about priorities; injected by Axon. Answered from a table
 * kept current in the transaction that appends the priority events ({@link PriorityDirectoryTable}): a priority
 * aligned to a company priority reads its parent without locking it, so assignments under one parent do not wait for
 * each other.
 */
public interface PriorityDirectory {

    Optional<Placement> placementOf(PriorityId priorityId);
}
