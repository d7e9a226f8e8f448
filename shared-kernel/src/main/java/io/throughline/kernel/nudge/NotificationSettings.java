package io.throughline.kernel.nudge;

import io.throughline.kernel.PersonId;

/**
 * What nudges reach a person, and when.
 *
 * @param choices  theirs if they made them, otherwise the organisation's
 * @param ownChoice whether they made their own
 * @param defaults the organisation's, which say when the digest goes out
 */
public record NotificationSettings(PersonId personId, NotificationChoices choices, boolean ownChoice,
                                   NotificationDefaults defaults) {
}
