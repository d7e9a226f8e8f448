package io.throughline.web;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.team.TeamView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Set;

/**
 * What the signed-in person may do on a team's page, so that the page offers only that: the command side's policies
 * (Leadership), mirrored. The command side still decides, and names the subtree a leader may not touch.
 */
final class TeamRights {

    private static final String LEADER = "ROLE_LEADER";
    private static final String MEMBER = "ROLE_MEMBER";
    private static final String ADMIN = "ROLE_ADMIN";

    private TeamRights() {
    }

    /** Closing and reopening its quarter: a leader of the team or of a team above it. */
    static boolean leadsAtOrAbove(List<TeamView> selfAndAbove) {
        Authentication signedIn = signedIn();
        return hasAnyRole(signedIn, Set.of(LEADER)) && selfAndAbove.stream().anyMatch(team -> team.leadId() != null
                && team.leadId().value().equals(signedIn.getName()));
    }

    /**
     * Running its huddle (HuddlePolicy): a leader at or above, or the team's own lead or member; a member's huddle
     * then reports only on what the member owns.
     *
     * @param selfAndAbove the team, then each team above it
     */
    static boolean runsHuddle(List<TeamView> selfAndAbove) {
        Authentication signedIn = signedIn();
        return leadsAtOrAbove(selfAndAbove) || hasAnyRole(signedIn, Set.of(LEADER, MEMBER))
                && TeamChoices.owners(selfAndAbove.get(0)).stream().anyMatch(person -> person.value().equals(signedIn.getName()));
    }

    /**
     * Reporting on a priority of the team, completing it and planning its milestones (PriorityPolicy): its owner, a
     * leader or a member, or a leader of the team or of one above.
     */
    static boolean ownsOrLeads(List<TeamView> selfAndAbove, PersonId ownerId) {
        Authentication signedIn = signedIn();
        return leadsAtOrAbove(selfAndAbove) || hasAnyRole(signedIn, Set.of(LEADER, MEMBER)) && ownerId != null
                && ownerId.value().equals(signedIn.getName());
    }

    /** Framing its plan, assigning its priorities, defining its KPIs: leaders only, never a member. */
    static boolean plansWork() {
        return hasAnyRole(signedIn(), Set.of(LEADER));
    }

    /** Changing its people and its teams below: admins and leaders, never a member. */
    static boolean organises() {
        return hasAnyRole(signedIn(), Set.of(ADMIN, LEADER));
    }

    private static Authentication signedIn() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static boolean hasAnyRole(Authentication signedIn, Set<String> roles) {
        return signedIn != null && signedIn.getAuthorities().stream().anyMatch(role -> roles.contains(role.getAuthority()));
    }
}
