package io.throughline.kernel.huddle;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.priority.PriorityId;

/**
 * Something stuck, raised in a huddle: who owns getting it unstuck and, optionally, the priority it holds up.
 *
 * @param itemId chosen by the sender, like every new id (the HTTP API makes a UUID)
 */
public record StuckItem(StuckItemId itemId, String description, PersonId ownerId, PriorityId priorityId) {
}
