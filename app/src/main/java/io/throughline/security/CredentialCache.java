package io.throughline.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers successful HTTP Basic sign-ins briefly, so that a client sending its password with every request pays
 * for bcrypt once per {@code throughline.security.basic-cache}, not per request. Keyed by a SHA-256 of the
 * credentials, never the password itself; an account's entries are forgotten when it is disabled or its password reset.
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
                String key = Hashes.sha256(authentication.getName() + '\0' + authentication.getCredentials());
                Entry cached = entries.get(key);
                if (cached != null && clock.instant().isBefore(cached.expires())) {
                    return cached.authentication();
                }
                Authentication checked = passwordChecker.authenticate(authentication);
                if (entries.size() >= MAX_ENTRIES) {
                    entries.clear();
                }
                entries.put(key, new Entry(checked, clock.instant().plus(lifetime)));
                return checked;
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
            }
        };
    }

    void forget(String username) {
        entries.values().removeIf(entry -> entry.authentication().getName().equals(username));
    }

    private record Entry(Authentication authentication, Instant expires) {
    }
}
