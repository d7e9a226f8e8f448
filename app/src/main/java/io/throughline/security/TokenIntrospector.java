package io.throughline.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

import javax.sql.DataSource;

import java.util.List;
import java.util.Map;

/** Resolves a Bearer personal access token to its owner, through Spring's opaque-token support. */
class TokenIntrospector implements OpaqueTokenIntrospector {

    private final AccessTokens tokens;
    private final UserDetailsService users;

    TokenIntrospector(AccessTokens tokens, UserDetailsService users) {
        this.tokens = tokens;
        this.users = users;
    }

    /**
     * The accounts tokens belong to, with their roles and whether they are enabled, and without their password: the
     * token is the proof, and a person registered by signing in with the identity provider has no password at all.
     */
    static UserDetailsService owners(DataSource dataSource) {
        JdbcUserDetailsManager owners = new JdbcUserDetailsManager(dataSource);
        owners.setUsersByUsernameQuery("select username, '', enabled from users where username = ?");
        return owners;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        AccessTokens.Owner owner = tokens.ownerOf(token)
                .orElseThrow(() -> new BadOpaqueTokenException("unknown, revoked or expired token"));
        UserDetails user = users.loadUserByUsername(owner.username());
        if (!user.isEnabled()) {
            throw new BadOpaqueTokenException("the token's account is disabled");
        }
        // The expiry goes with the principal, so that a lookup remembered by the sign-in cache still ends on time.
        return new DefaultOAuth2AuthenticatedPrincipal(owner.username(), Map.of(OAuth2TokenIntrospectionClaimNames.SUB,
                owner.username(), OAuth2TokenIntrospectionClaimNames.EXP, owner.expiresAt()),
                List.copyOf(user.getAuthorities()));
    }
}
