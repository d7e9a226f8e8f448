package io.throughline.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.threeten.extra.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * HTTP Basic sign-ins in front of Spring Security's own password check: remembered for the configured lifetime on the
 * service's clock (here one the test moves), checked again after it, and at once when the account is forgotten; a
 * personal access token remembered is refused all the same once it has expired.
 */
class CredentialCacheTest {

    private static final Duration LIFETIME = Duration.ofSeconds(60);

    private final MutableClock clock = MutableClock.epochUTC();
    /** Few rounds: what is tested is when bcrypt runs, not bcrypt. */
    private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
    private final CredentialCache cache = new CredentialCache(new SignInProperties(LIFETIME, 10, 100, Duration.ofMinutes(5)), clock);
    private AuthenticationProvider signIn;

    @BeforeEach
    void accounts() {
        account("tess", "tess-first-password", true);
        account("uma", "uma-first-password", true);
        DaoAuthenticationProvider passwordChecker = new DaoAuthenticationProvider(accounts);
        passwordChecker.setPasswordEncoder(bcrypt);
        signIn = cache.caching(passwordChecker);
    }

    @Test
    void aPasswordCheckedIsRememberedForTheLifetimeAndCheckedAgainAfterIt() {
        assertThat(signIn("tess", "tess-first-password").getName()).isEqualTo("tess");
        account("tess", "tess-second-password", true);

        clock.add(LIFETIME.minusMillis(1));
        assertThat(signIn("tess", "tess-first-password").isAuthenticated()).as("remembered").isTrue();

        clock.add(Duration.ofMillis(1));
        assertThatThrownBy(() -> signIn("tess", "tess-first-password")).isInstanceOf(BadCredentialsException.class);
        assertThat(signIn("tess", "tess-second-password").getName()).isEqualTo("tess");
    }

    @Test
    void aForgottenAccountIsCheckedAgainAtOnceAndTheOthersStayRemembered() {
        signIn("tess", "tess-first-password");
        signIn("uma", "uma-first-password");
        account("tess", "tess-first-password", false);
        account("uma", "uma-second-password", true);
        assertThat(signIn("tess", "tess-first-password").isAuthenticated()).as("remembered, though disabled").isTrue();

        cache.forget("tess");

        assertThatThrownBy(() -> signIn("tess", "tess-first-password")).isInstanceOf(DisabledException.class);
        assertThat(signIn("uma", "uma-first-password").isAuthenticated()).as("uma's sign-in, still remembered").isTrue();
    }

    @Test
    void aRememberedTokenIsRefusedOnceItHasExpired() {
        Instant expiry = clock.instant().plusSeconds(30);
        OpaqueTokenIntrospector tokens = cache.caching(token -> new DefaultOAuth2AuthenticatedPrincipal("tess",
                Map.of(OAuth2TokenIntrospectionClaimNames.EXP, expiry), List.of()));
        assertThat(tokens.introspect("tl_tess").getName()).isEqualTo("tess");

        clock.add(Duration.ofSeconds(29));
        assertThat(tokens.introspect("tl_tess").getName()).as("remembered, and not yet expired").isEqualTo("tess");

        clock.add(Duration.ofSeconds(1));
        assertThatThrownBy(() -> tokens.introspect("tl_tess")).as("still remembered, but expired")
                .isInstanceOf(BadOpaqueTokenException.class);
    }

    @Test
    void aRefusalIsNeverRemembered() {
        assertThatThrownBy(() -> signIn("tess", "tess-second-password")).isInstanceOf(BadCredentialsException.class);

        account("tess", "tess-second-password", true);

        assertThat(signIn("tess", "tess-second-password").getName()).isEqualTo("tess");
    }

    private Authentication signIn(String username, String password) {
        return signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void account(String username, String password, boolean enabled) {
        User.UserBuilder account = User.withUsername(username).password(bcrypt.encode(password)).roles("LEADER")
                .disabled(!enabled);
        if (accounts.userExists(username)) {
            accounts.updateUser(account.build());
        } else {
            accounts.createUser(account.build());
        }
    }
}
