package io.throughline.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Remembers successful sign-ins briefly ({@code throughline.security.basic-cache}): an HTTP Basic client sending its
 * password with every request pays for bcrypt once per that time, not per request, and a personal access token is
 * looked up (token, account, authorities: three queries and three pool connections) once per that time too. Keyed by
 * a SHA-256 of the credentials, never the credentials themselves. An account's entries are forgotten on this instance
 * when it is disabled, its password reset, one of its tokens revoked or its sign-ins throttled (SignInThrottle); other
 * instances on the same database forget them when the time runs out.
 */
@Component
@EnableConfigurationProperties(SignInProperties.class)
public class CredentialCache {

    /**
     * One entry per password or token signed in with during the lifetime: far more than the clients one instance
     * serves, and a flood of distinct credentials cannot grow the heap past it. Past it Caffeine evicts the entries
     * least likely to be used again; their next request pays for its check once more.
     */
    private static final long MAX_ENTRIES = 10_000;

    private final Cache<String, Entry> entries;
    private final Clock clock;

    CredentialCache(SignInProperties properties, Clock clock) {
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .expireAfterWrite(properties.basicCache())
                .maximumSize(MAX_ENTRIES)
                .ticker(() -> nanos(clock.instant()))
                .build();
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

    /** Wraps the personal access token lookup; a token remembered is refused all the same once it has expired. */
    OpaqueTokenIntrospector caching(OpaqueTokenIntrospector tokens) {
        return token -> {
            OAuth2AuthenticatedPrincipal owner = remembered("token\0" + token, () -> tokens.introspect(token),
                    OAuth2AuthenticatedPrincipal::getName);
            Instant expiry = owner.getAttribute(OAuth2TokenIntrospectionClaimNames.EXP);
            if (expiry != null && !clock.instant().isBefore(expiry)) {
                throw new BadOpaqueTokenException("expired token");
            }
            return owner;
        };
    }

    void forget(String username) {
        entries.asMap().values().removeIf(entry -> entry.username().equals(username));
    }

    /**
     * The cached answer for these credentials, or the checker's (cached if it succeeds; a refusal is thrown). Not
     * Caffeine's computing {@code get}: the check (bcrypt, or queries that wait for the pool while the database is
     * down) would run under a lock of the map that other credentials share.
     */
    private <T> T remembered(String credentials, Supplier<T> checker, Function<T, String> username) {
        String key = Hashes.sha256(credentials);
        Entry cached = entries.getIfPresent(key);
        if (cached != null) {
            @SuppressWarnings("unchecked")
            T answer = (T) cached.answer();
            return answer;
        }
        T checked = checker.get();
        entries.put(key, new Entry(username.apply(checked), checked));
        return checked;
    }

    /** The injected clock as Caffeine's ticker, so that the lifetime runs on the clock the rest of the service uses. */
    private static long nanos(Instant now) {
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private record Entry(String username, Object answer) {
    }
}
