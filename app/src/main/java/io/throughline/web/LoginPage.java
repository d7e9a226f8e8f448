package io.throughline.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /login}: Throughline's own sign-in form. Spring Security checks the password (POST {@code /login}); a wrong one
 * comes back here with {@code ?error} and the username typed, a disabled account with {@code ?error=disabled}.
 */
@Controller
class LoginPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
