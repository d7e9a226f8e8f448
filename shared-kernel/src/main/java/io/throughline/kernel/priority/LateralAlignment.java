package io.throughline.kernel.priority;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/**
 * A priority's lateral links with the names a person reads, and the choices a form offers.
 *
 * @param contributesTo the priorities it contributes to besides its parent, oldest link first
 * @param helpedBy      the priorities of other teams contributing to it, oldest link first
 * @param candidates    what it may yet contribute to: the open priorities of other teams of its organisation (under
 *                      the same root team) in its quarter, neither its parent nor already contributed to, by team
 *                      name then as assigned. The command side still decides.
 */
public record LateralAlignment(List<LinkedPriority> contributesTo, List<LinkedPriority> helpedBy,
                               List<LinkedPriority> candidates) {

    public static final LateralAlignment NONE = new LateralAlignment(List.of(), List.of(), List.of());

    /** A priority on the other end of a link. */
    public record LinkedPriority(PriorityId id, String title, TeamId teamId, String teamName, PersonId ownerId,
                                 PriorityStatus status) {
    }
}
