package io.throughline.web;

import io.throughline.security.ProviderSignIn;
import io.throughline.security.SignInThrottle;
import io.throughline.security.SignInThrottled;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Objects;

/**
 * {@code /login}: Throughline's own sign-in form, and a "Sign in with …" link for each identity provider configured.
 * Spring Security checks the password (POST {@code /login}); a wrong one comes back here with {@code ?error} and the
 * username typed, a disabled account with {@code ?error=disabled}, and a sign-in refused because its account or
 * address failed too often lately with {@code ?error=throttled}, which of them ({@code kind}) and the seconds to wait
 * ({@code wait}; SignInThrottle); a sign-in the provider vouched for but Throughline refuses with {@code ?refused=}
 * and why (ProviderSignInRefused).
 */
@Controller
class LoginPage {

    private final ProviderSignIn providers;

    LoginPage(ProviderSignIn providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) SignInThrottle.Kind kind, @RequestParam(required = false) Long wait,
                 HttpServletRequest request, Model model) {
        // From the request itself: a plain ?error is empty, which the binder would read as absent (BlankParameters).
        String error = request.getParameter("error");
        model.addAttribute("signInError", error == null ? null : switch (error) {
            case "disabled" -> "This account is disabled. Ask an administrator.";
            case "throttled" -> SignInThrottled.message(Objects.requireNonNullElse(kind, SignInThrottle.Kind.ACCOUNT),
                    Objects.requireNonNullElse(wait, 0L)) + ".";
            default -> "That username and password do not match.";
        });
        model.addAttribute("providers", providers.providers());
        return "login";
    }
}
