package io.throughline.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

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

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        String username = tokens.ownerOf(token).orElseThrow(() -> new BadOpaqueTokenException("unknown or revoked token"));
        UserDetails user = users.loadUserByUsername(username);
        if (!user.isEnabled()) {
            throw new BadOpaqueTokenException("the token's account is disabled");
        }
        return new DefaultOAuth2AuthenticatedPrincipal(username, Map.of("sub", username), List.copyOf(user.getAuthorities()));
    }
}
