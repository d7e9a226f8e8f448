package io.throughline.command.checkin;

import io.throughline.command.authorisation.Actor;
import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.checkin.CheckInId;
import io.throughline.kernel.checkin.CompleteCommitment;
import io.throughline.kernel.checkin.DropCommitment;
import io.throughline.kernel.checkin.RecordCheckIn;
import org.springframework.stereotype.Component;

/**
 * Leaders record their own check-ins, admins anyone's; the two people of a check-in complete and drop its
 * commitments. A check-in that does not exist is let through to the handler, which answers 404.
 */
@Component
public class CheckInPolicy implements FeaturePolicy {

    private final CheckInDirectory checkIns;

    public CheckInPolicy(CheckInDirectory checkIns) {
        this.checkIns = checkIns;
    }

    @Override
    public void grant(Permissions permissions) {
        permissions.allow(RecordCheckIn.class, (actor, c) -> actor.isAdmin()
                || actor.isLeader() && (c.leaderId() == null || actor.person().equals(c.leaderId())));
        permissions.allow(CompleteCommitment.class, (actor, c) -> takesPartIn(actor, c.checkInId()));
        permissions.allow(DropCommitment.class, (actor, c) -> takesPartIn(actor, c.checkInId()));
    }

    private boolean takesPartIn(Actor actor, CheckInId checkIn) {
        return actor.isLeader() && (checkIn == null
                || checkIns.participantsOf(checkIn).map(p -> p.include(actor.person())).orElse(true));
    }
}
