package io.throughline.command.nudge;

import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.nudge.SetNotificationDefaults;
import org.springframework.stereotype.Component;

/** Admins set the organisation's nudges. */
@Component
public class NudgePolicy implements FeaturePolicy {

    @Override
    public void grant(Permissions permissions) {
        permissions.allow(SetNotificationDefaults.class, (actor, c) -> actor.isAdmin());
    }
}
