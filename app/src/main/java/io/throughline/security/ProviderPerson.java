package io.throughline.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.io.Serial;

/**
 * A person signed in through the identity provider, as the rest of the service knows them: named by their username
 * (the actor of their commands, the owner of their tokens), with the roles of their account, not the provider's.
 */
final class ProviderPerson extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;

    ProviderPerson(UserAccounts.Account account, OidcUser vouched) {
        super(account.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList(),
                vouched.getIdToken(), vouched.getUserInfo(), IdTokenClaimNames.SUB);
        this.username = account.username();
    }

    @Override
    public String getName() {
        return username;
    }
}
