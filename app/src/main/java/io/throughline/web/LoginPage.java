package io.throughline.web;

import io.throughline.security.ProviderSignIn;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /login}: Throughline's own sign-in form, and a "Sign in with …" link for each identity provider configured.
 * Spring Security checks the password (POST {@code /login}); a wrong one comes back here with {@code ?error} and the
 * username typed, a disabled account with {@code ?error=disabled}; a sign-in the provider vouched for but Throughline
 * refuses with {@code ?refused=} and why (ProviderSignInRefused).
 */
@Controller
class LoginPage {

    private final ProviderSignIn providers;

    LoginPage(ProviderSignIn providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("providers", providers.providers());
        return "login";
    }
}
