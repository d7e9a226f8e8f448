package io.throughline.kernel.priority;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamId;

import java.util.List;

/**
 * A priority's lateral links with the names a person reads, and the choices a form offers.
 *
 * @param contributesTo the priorities it contributes to besides its parent, oldest link first
 * @param helpedBy      the priorities of other teams contributing to it, oldest link first
 * @param candidateTeams the other teams of its organisation (under the same root team), by name: a form first asks
 *                       which team, as a company of a hundred teams has thousands of priorities a quarter
 * @param candidates     what it may yet contribute to in the team asked for: that team's open priorities in its
 *                       quarter, neither its parent nor already contributed to, as assigned; empty until a team is
 *                       asked for. The command side still decides.
 */
public record LateralAlignment(List<LinkedPriority> contributesTo, List<LinkedPriority> helpedBy,
                               List<CandidateTeam> candidateTeams, List<LinkedPriority> candidates) {

    public static final LateralAlignment NONE = new LateralAlignment(List.of(), List.of(), List.of(), List.of());

    /** A team whose priorities it may contribute to. */
    public record CandidateTeam(TeamId id, String name) {
    }

    /** A priority on the other end of a link. */
    public record LinkedPriority(PriorityId id, String title, TeamId teamId, String teamName, PersonId ownerId,
                                 PriorityStatus status) {
    }
}
