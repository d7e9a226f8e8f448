package io.throughline.web.account;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.nudge.ChooseNotifications;
import io.throughline.kernel.nudge.GetNotificationSettings;
import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationSettings;
import io.throughline.security.AccessTokens;
import io.throughline.security.UserAccounts;
import io.throughline.web.Notice;
import io.throughline.web.Refusals;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.UUID;

/**
 * {@code /account}: the signed-in person changes their e-mail address and password, chooses their nudges, and manages
 * their personal access tokens, through the services the API's {@code /api/me/...} and the admins' password reset use. A new token is shown
 * once, on the page that follows its creation, never again.
 */
@Controller
class AccountPage {

    private final UserAccounts accounts;
    private final AccessTokens tokens;
    private final QueryGateway queries;
    private final CommandGateway commands;

    AccountPage(UserAccounts accounts, AccessTokens tokens, QueryGateway queries, CommandGateway commands) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/account")
    String account(Authentication me, Model model) {
        model.addAttribute("account", accounts.find(me.getName()));
        // Signed in through the company's identity provider: the password is the provider's business, not ours.
        model.addAttribute("throughProvider", me.getPrincipal() instanceof OidcUser);
        model.addAttribute("tokens", tokens.activeOf(me.getName()));
        model.addAttribute("nudges", queries.query(new GetNotificationSettings(new PersonId(me.getName())),
                NotificationSettings.class).join());
        return "account/account";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String password, Authentication me, Model model) {
        try {
            accounts.changeOwnPassword(me.getName(), currentPassword, password);
            return Notice.redirect("/account#password", "Password changed: use it the next time you sign in");
        } catch (ErrorResponseException refused) {
            return refused("password", Refusals.of(refused), null, me, model);
        }
    }

    @PostMapping("/account/email")
    String changeEmail(@RequestParam(required = false) String email, Authentication me, Model model) {
        try {
            UserAccounts.Account changed = accounts.changeEmail(me.getName(), email);
            return Notice.redirect("/account#email", changed.email() == null
                    ? "E-mail address removed" : "Your e-mail address is now " + changed.email());
        } catch (CommandExecutionException refused) {
            model.addAttribute("typedEmail", email);
            return refused("email", Refusals.of(refused), null, me, model);
        }
    }

    /** As {@code PUT /api/me/notifications} does; an unticked box is "no". */
    @PostMapping("/account/notifications")
    String chooseNotifications(@RequestParam(defaultValue = "false") boolean email,
                               @RequestParam(defaultValue = "false") boolean chat,
                               @RequestParam(defaultValue = "false") boolean digest,
                               @RequestParam(defaultValue = "false") boolean notices, Authentication me) {
        try {
            commands.sendAndWait(new ChooseNotifications(new PersonId(me.getName()),
                    new NotificationChoices(email, chat, digest, notices)));
            return Notice.redirect("/account#notifications", "Your nudges are saved");
        } catch (CommandExecutionException unchanged) {
            return Notice.redirect("/account#notifications", "Nothing changed: these are your nudges already");
        }
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(required = false) String name,
                       @RequestParam(required = false) Integer expiresInDays, Authentication me, Model model,
                       RedirectAttributes next) {
        try {
            next.addFlashAttribute("issued", tokens.issue(me.getName(), name, expiresInDays));
            return "redirect:/account#tokens";
        } catch (ErrorResponseException refused) {
            return refused("token", Refusals.of(refused), name, me, model);
        }
    }

    /** Revokes the token once its owner ticked "Yes, revoke it"; nothing is revoked otherwise. */
    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean confirmed,
                       Authentication me, Model model) {
        if (!confirmed) {
            return refused("revoke-" + id, Refusals.unconfirmed("Yes, revoke it"), null, me, model);
        }
        tokens.revoke(me.getName(), id);
        return Notice.redirect("/account#tokens", "Token revoked: whatever used it is refused from now on");
    }

    /** The page again with the refusal beside its field; passwords are never sent back. */
    private String refused(String form, Refusals refusal, String typedName, Authentication me, Model model) {
        model.addAttribute("failedForm", form);
        model.addAttribute("refusal", refusal);
        model.addAttribute("typedName", typedName);
        return account(me, model);
    }
}
