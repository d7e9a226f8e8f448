package io.throughline.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Spring's OpenID Connect user loading (the ID token checked, the user info read), then the person's account from
 * {@link ProviderAccounts}: registered or brought up to date, or refused.
 */
class ProviderUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(ProviderUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final ProviderAccounts accounts;

    ProviderUserService(ProviderAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        try {
            UserAccounts.Account account = accounts.signIn(String.valueOf(vouched.getIssuer()), vouched.getSubject(),
                    vouched.getClaims());
            if (account.roles().isEmpty()) {
                throw ProviderSignInRefused.noRole();
            }
            return new ProviderPerson(account, vouched);
        } catch (ProviderSignInRefused refused) {
            log.info("Refused the sign-in of subject '{}' of {}: {}", vouched.getSubject(), vouched.getIssuer(),
                    refused.getMessage());
            throw refused;
        }
    }
}
