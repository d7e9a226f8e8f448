package io.throughline.web;

import io.throughline.kernel.team.TeamView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;

/**
 * Whether the signed-in person may run a team's huddle, so that a page offers it only to them: the command side's
 * rule (HuddlePolicy), a leader of the team or of a team above it. The command side still decides.
 */
final class HuddleRight {

    private static final String LEADER = "ROLE_LEADER";

    private HuddleRight() {
    }

    /** @param selfAndAbove the team, then each team above it */
    static boolean holds(List<TeamView> selfAndAbove) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null
                || signedIn.getAuthorities().stream().noneMatch(role -> LEADER.equals(role.getAuthority()))) {
            return false;
        }
        return selfAndAbove.stream().anyMatch(team -> team.leadId() != null
                && team.leadId().value().equals(signedIn.getName()));
    }
}
