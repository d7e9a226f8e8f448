package io.throughline.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Sign-in with the company's OpenID Connect provider, beside the password form, when Spring's standard
 * {@code spring.security.oauth2.client.registration.*} settings name one (Spring Boot then makes the
 * {@link ClientRegistrationRepository}). Without them the pages sign in exactly as before: nothing is added.
 */
@Component
public class ProviderSignIn {

    private final ObjectProvider<ClientRegistrationRepository> registrations;
    private final ProviderAccounts accounts;

    ProviderSignIn(ObjectProvider<ClientRegistrationRepository> registrations, ProviderAccounts accounts) {
        this.registrations = registrations;
        this.accounts = accounts;
    }

    /** A provider the login page offers: "Sign in with {name}", a link to {@code path}. */
    public record Provider(String name, String path) {
    }

    public List<Provider> providers() {
        if (!(registrations.getIfAvailable() instanceof Iterable<?> configured)) {
            return List.of();
        }
        return StreamSupport.stream(configured.spliterator(), false).map(ClientRegistration.class::cast)
                .map(registration -> new Provider(registration.getClientName(),
                        OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI + "/"
                                + registration.getRegistrationId()))
                .toList();
    }

    /** Adds the provider's sign-in to the pages' filter chain, if a provider is configured. */
    void addTo(HttpSecurity http) throws Exception {
        if (registrations.getIfAvailable() == null) {
            return;
        }
        // Like the form, a person lands on their week (/me) unless sign-in interrupted them on the way elsewhere.
        http.oauth2Login(login -> login.loginPage("/login").defaultSuccessUrl("/me")
                .failureHandler(ProviderSignIn::refused)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(codeExchange());
                        return filter;
                    }
                }));
    }

    /**
     * The provider's code exchanged for its ID token, then the person's account. The chain's own manager checks
     * passwords only (SecurityConfiguration), and would ignore a provider added beside it, so the sign-in filter gets
     * one of its own.
     */
    private AuthenticationManager codeExchange() {
        return new ProviderManager(new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), new ProviderUserService(accounts)));
    }

    /** Back to the login page, which says why in words: no role, a disabled account, a username that cannot be. */
    private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        String reason = failure instanceof ProviderSignInRefused refusal ? refusal.getError().getErrorCode() : "provider";
        response.sendRedirect(request.getContextPath() + "/login?refused=" + reason);
    }
}
