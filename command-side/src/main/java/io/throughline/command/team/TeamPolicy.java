package io.throughline.command.team;

import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Leadership;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.nudge.SetTeamWebhook;
import io.throughline.kernel.team.AddTeamMember;
import io.throughline.kernel.team.AppointTeamLead;
import io.throughline.kernel.team.MoveTeam;
import io.throughline.kernel.team.RecordAssessment;
import io.throughline.kernel.team.RegisterTeam;
import io.throughline.kernel.team.RemoveTeamMember;
import io.throughline.kernel.team.RenameTeam;
import org.springframework.stereotype.Component;

/**
 * Admins set up the organisation anywhere, leaders below the teams they lead; a team's own lead (and any lead above
 * it) staffs it, adding and removing its members and setting its chat webhook, since the lead works with them every
 * day. Leaders record assessments for the teams they lead and every team below them.
 */
@Component
public class TeamPolicy implements FeaturePolicy {

    private final Leadership leadership;

    public TeamPolicy(Leadership leadership) {
        this.leadership = leadership;
    }

    @Override
    public void grant(Permissions permissions) {
        permissions.allow(RegisterTeam.class, (actor, c) -> actor.isAdmin()
                || c.parentTeamId() != null && leadership.leadsAtOrAbove(actor, c.parentTeamId()));
        permissions.allow(RenameTeam.class, (actor, c) -> leadership.organises(actor, c.teamId()));
        permissions.allow(MoveTeam.class, (actor, c) -> leadership.organises(actor, c.teamId())
                && (actor.isAdmin() || c.newParentTeamId() == null
                || leadership.leadsAtOrAbove(actor, c.newParentTeamId())));
        permissions.allow(AppointTeamLead.class, (actor, c) -> leadership.organises(actor, c.teamId()));
        permissions.allow(AddTeamMember.class, (actor, c) -> leadership.staffs(actor, c.teamId()));
        permissions.allow(RemoveTeamMember.class, (actor, c) -> leadership.staffs(actor, c.teamId()));
        permissions.allow(RecordAssessment.class, (actor, c) -> leadership.leadsAtOrAbove(actor, c.teamId()));
        permissions.allow(SetTeamWebhook.class, (actor, c) -> leadership.staffs(actor, c.teamId()));
    }
}
