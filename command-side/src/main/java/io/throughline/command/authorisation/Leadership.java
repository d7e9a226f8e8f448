package io.throughline.command.authorisation;

import io.throughline.command.authorisation.Organisation.TeamAndLead;
import io.throughline.kernel.team.TeamId;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The words the feature policies share: who leads at or above a team, who organises it, who staffs it, who belongs to it. A team that
 * is absent from the command or does not exist lets a leader through, so that the handler answers it as such (400/404).
 */
@Component
public class Leadership {

    private final Organisation organisation;

    public Leadership(Organisation organisation) {
        this.organisation = organisation;
    }

    /** Leaders of the team or of any team above it. */
    public boolean leadsAtOrAbove(Actor actor, TeamId team) {
        if (!actor.isLeader()) {
            return false;
        }
        List<TeamAndLead> chain = team == null ? List.of() : organisation.chainOf(team);
        return chain.isEmpty() || ledBy(chain, actor);
    }

    /** Admins anywhere; leaders strictly below a team they lead. */
    public boolean organises(Actor actor, TeamId team) {
        if (actor.isAdmin()) {
            return true;
        }
        if (!actor.isLeader()) {
            return false;
        }
        List<TeamAndLead> chain = team == null ? List.of() : organisation.chainOf(team);
        return chain.isEmpty() || ledBy(chain.subList(1, chain.size()), actor);
    }

    /** Admins anywhere; leaders of the team or of any team above it. */
    public boolean staffs(Actor actor, TeamId team) {
        return actor.isAdmin() || leadsAtOrAbove(actor, team);
    }

    /** Leaders at or above the team, and leaders and members in it (its lead or a member of it). */
    public boolean leadsAtOrAboveOrBelongsTo(Actor actor, TeamId team) {
        return leadsAtOrAbove(actor, team)
                || actor.isLeaderOrMember() && organisation.hasLeadOrMember(team, actor.person());
    }

    private static boolean ledBy(List<TeamAndLead> teams, Actor actor) {
        return teams.stream().anyMatch(team -> actor.person().equals(team.leadId()));
    }
}
