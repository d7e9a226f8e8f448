package io.throughline.command.person;

import io.throughline.command.authorisation.FeaturePolicy;
import io.throughline.command.authorisation.Permissions;
import io.throughline.kernel.person.ChangeEmail;
import io.throughline.kernel.person.DisableAccount;
import io.throughline.kernel.person.EnableAccount;
import io.throughline.kernel.person.GrantRole;
import io.throughline.kernel.person.RegisterPerson;
import io.throughline.kernel.person.RevokeRole;
import io.throughline.kernel.person.SetPassword;
import org.springframework.stereotype.Component;

/**
 * Admins register people, grant and revoke their roles, disable and enable their accounts and set their passwords.
 * A person also sets their own password (the accounts service checks their current one first, /account) and their
 * own e-mail address.
 */
@Component
public class PersonPolicy implements FeaturePolicy {

    @Override
    public void grant(Permissions permissions) {
        permissions.allow(RegisterPerson.class, (actor, c) -> actor.isAdmin());
        permissions.allow(GrantRole.class, (actor, c) -> actor.isAdmin());
        permissions.allow(RevokeRole.class, (actor, c) -> actor.isAdmin());
        permissions.allow(DisableAccount.class, (actor, c) -> actor.isAdmin());
        permissions.allow(EnableAccount.class, (actor, c) -> actor.isAdmin());
        permissions.allow(SetPassword.class, (actor, c) -> actor.isAdmin() || actor.person().equals(c.personId()));
        permissions.allow(ChangeEmail.class, (actor, c) -> actor.isAdmin() || actor.person().equals(c.personId()));
    }
}
