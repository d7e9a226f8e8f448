package io.throughline.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Why a person the identity provider vouched for is not let in. The code is what the login page explains
 * ({@code /login?refused=<code>}); the description goes to the log.
 */
final class ProviderSignInRefused extends OAuth2AuthenticationException {

    static final String NO_ROLE = "no-role";
    static final String DISABLED = "disabled";
    static final String UNUSABLE_USERNAME = "username";
    static final String USERNAME_TAKEN = "taken";

    private ProviderSignInRefused(String code, String description) {
        super(new OAuth2Error(code, description, null), description);
    }

    static ProviderSignInRefused noRole() {
        return new ProviderSignInRefused(NO_ROLE, "none of the person's groups at the provider gives a role");
    }

    static ProviderSignInRefused disabled() {
        return new ProviderSignInRefused(DISABLED, "the account is disabled");
    }

    static ProviderSignInRefused unusableUsername(String claim, Object value) {
        return new ProviderSignInRefused(UNUSABLE_USERNAME, "the claim '" + claim + "' (" + value
                + ") cannot make a username: 2 to 50 lower-case letters, digits, '.', '_' or '-'");
    }

    static ProviderSignInRefused usernameTaken(String username) {
        return new ProviderSignInRefused(USERNAME_TAKEN, "an account '" + username
                + "' exists that was not registered by this provider's sign-in");
    }
}
