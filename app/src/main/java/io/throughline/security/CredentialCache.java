package io.throughline.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Remembers successful sign-ins briefly ({@code throughline.security.basic-cache}): an HTTP Basic client sending its
 * password with every request pays for bcrypt once per that time, not per request, and a personal access token is
 * looked up (token, account, authorities: three queries and three pool connections) once per that time too. Keyed by
 * a SHA-256 of the credentials, never the credentials themselves. An account's entries are forgotten on this instance
 * when it is disabled, its password reset or one of its tokens revoked; other instances on the same database forget
 * them when the time runs out.
 */
@Component
public class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    CredentialCache(@Value("${throughline.security.basic-cache:60s}") Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Wraps the password-checking provider. */
    AuthenticationProvider caching(AuthenticationProvider passwordChecker) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return remembered("basic\0" + authentication.getName() + '\0' + authentication.getCredentials(),
                        () -> passwordChecker.authenticate(authentication), Authentication::getName);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    /** Wraps the personal access token lookup. */
    OpaqueTokenIntrospector caching(OpaqueTokenIntrospector tokens) {
        return token -> remembered("token\0" + token, () -> tokens.introspect(token), OAuth2AuthenticatedPrincipal::getName);
    }

    void forget(String username) {
        entries.values().removeIf(entry -> entry.username().equals(username));
    }

    /** The cached answer for these credentials, or the checker's (cached if it succeeds; a refusal is thrown). */
    private <T> T remembered(String credentials, Supplier<T> checker, Function<T, String> username) {
        String key = Hashes.sha256(credentials);
        Entry cached = entries.get(key);
        if (cached != null && clock.instant().isBefore(cached.expires())) {
            @SuppressWarnings("unchecked")
            T answer = (T) cached.answer();
            return answer;
        }
        T checked = checker.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(username.apply(checked), checked, clock.instant().plus(lifetime)));
        return checked;
    }

    private record Entry(String username, Object answer, Instant expires) {
    }
}
