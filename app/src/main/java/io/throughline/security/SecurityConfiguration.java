package io.throughline.security;

import io.throughline.kernel.person.Role;
import io.throughline.storage.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.OpaqueTokenAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.util.UriComponentsBuilder;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.Objects;

/**
 * Two doors. The API ({@code /api/**}, and the metrics at {@code /actuator/prometheus}) is stateless: HTTP Basic or
 * a Bearer personal access token on every request, no session, so no CSRF to guard against. Everything else (the web
 * UI) signs in with a form at {@code /login}, or with the company's identity provider where one is configured
 * ({@link ProviderSignIn}), keeps a session cookie and requires a CSRF token on every form.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC = {"/actuator/health/**", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/login", "/error", "/css/**", "/js/**", "/webjars/**"};

    /** Leaders, auditors, analysts and admins read the insights (GET /api/insights, /insights). */
    static final String[] INSIGHT_READERS = {Role.LEADER.name(), Role.AUDITOR.name(), Role.ANALYST.name(),
            Role.ADMIN.name()};

    /** Scraped like an API call (HTTP Basic or a token, no session), so it goes through the API's door. */
    private static final String PROMETHEUS = "/actuator/prometheus";

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager passwords, OpaqueTokenIntrospector tokens,
                            DatabaseOutage outage) throws Exception {
        AuthenticationEntryPoint signInRefused = unauthorizedUnlessOut(outage);
        return http.securityMatcher("/api/**", PROMETHEUS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/admin/**").hasRole(Role.ADMIN.name())
                        // What the processors, commands and database are doing: for the administrators and the
                        // Prometheus that scrapes as one (deploy/prometheus.yml), not for anyone on the internet.
                        .requestMatchers(PROMETHEUS).hasRole(Role.ADMIN.name())
                        // The organisation-wide log: for those who check, not for those who act.
                        .requestMatchers("/api/audit/**").hasAnyRole(Role.AUDITOR.name(), Role.ANALYST.name(), Role.ADMIN.name())
                        // What the log tells of how the organisation works: for those who lead it and those who check.
                        .requestMatchers("/api/insights/**", "/api/insights").hasAnyRole(INSIGHT_READERS)
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .authenticationManager(passwords)
                .httpBasic(basic -> basic.authenticationEntryPoint(signInRefused))
                // Its own manager: the shared one above only checks passwords.
                .oauth2ResourceServer(bearer -> bearer.opaqueToken(token -> token
                        .authenticationManager(new ProviderManager(new OpaqueTokenAuthenticationProvider(tokens)))))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInRefused))
                .build();
    }

    /**
     * 401; 429 with Retry-After when the account or address is throttled (SignInThrottle); 503 when the credentials
     * could not be checked because the database is out of reach.
     */
    private static AuthenticationEntryPoint unauthorizedUnlessOut(DatabaseOutage outage) {
        AuthenticationEntryPoint unauthorized = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        return (request, response, failure) -> {
            if (DatabaseOutage.causedBy(failure)) {
                outage.answer(request, response);
            } else if (failure instanceof SignInThrottled throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), throttled.getMessage());
            } else {
                unauthorized.commence(request, response, failure);
            }
        };
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager passwords, DatabaseOutage outage,
                            ProviderSignIn provider) throws Exception {
        provider.addTo(http);
        return http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/audit/**", "/audit").hasAnyRole(Role.AUDITOR.name(), Role.ANALYST.name(), Role.ADMIN.name())
                        .requestMatchers("/insights/**", "/insights").hasAnyRole(INSIGHT_READERS)
                        .requestMatchers("/admin/**", "/admin").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .authenticationManager(passwords)
                // A leader lands on their week (/me), unless sign-in interrupted them on the way to another page.
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/me")
                        .failureHandler(backToTheFormUnlessOut(outage)))
                .logout(Customizer.withDefaults())
                .build();
    }

    /** A sign-in that could not be checked because the database is out of reach is not a wrong password. */
    private static AuthenticationFailureHandler backToTheFormUnlessOut(DatabaseOutage outage) {
        return (request, response, failure) -> {
            if (DatabaseOutage.causedBy(failure)) {
                outage.answer(request, response);
            } else {
                backToTheForm(request, response, failure);
            }
        };
    }

    /**
     * Back to the form with the username kept, and whether the password was wrong, the account disabled or the
     * sign-in throttled (with the minutes to wait, which LoginPage words).
     */
    private static void backToTheForm(HttpServletRequest request, HttpServletResponse response,
                                      AuthenticationException failure) throws IOException {
        UriComponentsBuilder form = UriComponentsBuilder.fromPath(request.getContextPath() + "/login");
        if (failure instanceof SignInThrottled throttled) {
            form.queryParam("error", "throttled").queryParam("kind", throttled.kind())
                    .queryParam("wait", throttled.retryAfterSeconds());
        } else {
            form.queryParam("error", failure instanceof DisabledException ? "disabled" : "");
        }
        response.sendRedirect(form.queryParam("username", "{username}")
                .encode().buildAndExpand(Objects.requireNonNullElse(request.getParameter("username"), ""))
                .toUriString());
    }

    /**
     * The doors' paths matched as Spring MVC's own path patterns, read once, rather than by asking MVC's handler
     * mappings which handler each request would reach (Spring Security's default while it sees Spring MVC): that
     * question was 6 % of an API call's request thread (docs/performance.md).
     */
    @Bean
    PathPatternRequestMatcherBuilderFactoryBean pathPatterns() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * A URL the firewall refuses (an encoded slash or percent, a NUL, a path not normalised) is answered with the
     * reason, which /error turns into a problem for the API (io.throughline.requests).
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, rejected) -> response.sendError(HttpStatus.BAD_REQUEST.value(), rejected.getMessage());
    }

    /**
     * bcrypt for the passwords, for the form and HTTP Basic alike; an account or address that failed too often is
     * refused before it (see {@link SignInThrottle}); successful checks are cached briefly (see {@link CredentialCache}),
     * so a client signed in a moment ago is not checked again, not even against the throttle.
     */
    @Bean
    AuthenticationManager passwordAuthentication(JdbcUserDetailsManager users, PasswordEncoder encoder,
                                                 CredentialCache cache, SignInThrottle throttle) {
        DaoAuthenticationProvider passwordChecker = new DaoAuthenticationProvider(users);
        passwordChecker.setPasswordEncoder(encoder);
        return new ProviderManager(cache.caching(throttle.guarding(passwordChecker)));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The accounts projection, with each password's hash from the table beside it (migration V17). */
    @Bean
    JdbcUserDetailsManager users(DataSource dataSource) {
        JdbcUserDetailsManager users = new JdbcUserDetailsManager(dataSource);
        users.setUsersByUsernameQuery("select u.username, p.hash, u.enabled from users u "
                + "join account_password p on p.username = u.username where u.username = ?");
        return users;
    }

    /** Personal access tokens, their lookups cached briefly like passwords (see {@link CredentialCache}). */
    @Bean
    OpaqueTokenIntrospector tokenIntrospector(AccessTokens tokens, DataSource dataSource, CredentialCache cache) {
        return cache.caching(new TokenIntrospector(tokens, TokenIntrospector.owners(dataSource)));
    }
}
