package io.throughline.web;

import io.throughline.kernel.nudge.GetNotificationDefaults;
import io.throughline.kernel.nudge.ListUndeliveredNotices;
import io.throughline.kernel.nudge.NotificationChoices;
import io.throughline.kernel.nudge.NotificationDefaults;
import io.throughline.kernel.nudge.SetNotificationDefaults;
import io.throughline.kernel.nudge.UndeliveredNotice;
import io.throughline.kernel.person.Role;
import io.throughline.query.deadletter.DeadLetterView;
import io.throughline.query.replay.ProjectionAdministration;
import io.throughline.query.replay.ProjectionStatus;
import io.throughline.security.SignInThrottle;
import io.throughline.security.UserAccounts;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.AxonException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.Set;

/**
 * {@code /admin}: the projections and where each stands, with a replay button and a progress bar whose cells htmx
 * refreshes every second; the events they parked in their dead-letter queues, with a retry button; and the people who
 * may sign in, with their roles: add a person, grant and revoke roles, change e-mail addresses, disable and re-enable
 * accounts, reset a password; the accounts and client addresses lately refused sign-in for failing too often
 * (SignInThrottle); and the nudges: those not delivered yet (with why), and the organisation's digest time and
 * choices.
 * Replaying, revoking, disabling and granting open a confirmation first (a {@code <details>}: no script needed). Like the API's admin
 * endpoints it operates the read side and the accounts, not the domain, so it talks to the processors and the accounts
 * directly (the accounts send the person commands).
 * <p>
 * The processors run where the query role runs: on a node with the web pages alone ({@code throughline.roles=ui},
 * with Axon Server) the page shows the people only, and says where the projections are administered.
 */
@Controller
class AdminPage {

    /** Null where this node does not run the query role. */
    private final ProjectionAdministration projections;
    private final UserAccounts accounts;
    private final SignInThrottle throttle;
    private final MessageSource labels;
    private final QueryGateway queries;
    private final CommandGateway commands;

    AdminPage(ObjectProvider<ProjectionAdministration> projections, UserAccounts accounts, SignInThrottle throttle,
              MessageSource labels, QueryGateway queries, CommandGateway commands) {
        this.projections = projections.getIfAvailable();
        this.accounts = accounts;
        this.throttle = throttle;
        this.labels = labels;
        this.queries = queries;
        this.commands = commands;
    }

    @GetMapping("/admin")
    String admin(Model model) {
        List<ProjectionStatus> statuses = projections == null ? null : projections.list();
        model.addAttribute("projections", statuses);
        model.addAttribute("deadLetters", statuses == null ? Map.of() : deadLettersOf(statuses));
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", Role.values());
        nudges(model);
        model.addAttribute("throttled", throttle.recent());
        return "admin";
    }

    /**
     * The nudges' undelivered notices and the organisation's defaults, asked of the query role. On a node with the
     * pages alone whose query role cannot be reached, the rest of the page (the people) is still served.
     */
    private void nudges(Model model) {
        try {
            model.addAttribute("undelivered", queries.query(new ListUndeliveredNotices(),
                    ResponseTypes.multipleInstancesOf(UndeliveredNotice.class)).join());
            model.addAttribute("nudgeDefaults", queries.query(new GetNotificationDefaults(), NotificationDefaults.class).join());
        } catch (CompletionException | AxonException unreachable) {
            model.addAttribute("nudgesUnreachable", unreachable.getMessage());
        }
    }

    /** The table again, every second: the page swaps in only its cells marked out-of-band. */
    @GetMapping("/admin/projections")
    String table(Model model) {
        model.addAttribute("projections", projectionsHere().list());
        return "admin :: projections";
    }

    @PostMapping("/admin/projections/{name}/replay")
    String replay(@PathVariable String name) {
        projectionsHere().replay(name);
        return Notice.redirect("/admin", "Replay of " + name
                + " started: its pages are complete again once it is live");
    }

    @PostMapping("/admin/projections/{name}/dead-letters/retry")
    String retryDeadLetters(@PathVariable String name) {
        projectionsHere().retryDeadLetters(name);
        return Notice.redirect("/admin#dead-letters", "Dead letters of " + name + " sent again");
    }

    /** As {@code PUT /api/admin/notifications} does; an unticked box is "no". */
    @PostMapping("/admin/notifications")
    String setNudges(@RequestParam(required = false) DayOfWeek digestDay,
                     @RequestParam int digestHour, @RequestParam(required = false) String timeZone,
                     @RequestParam(defaultValue = "false") boolean email, @RequestParam(defaultValue = "false") boolean chat,
                     @RequestParam(defaultValue = "false") boolean digest,
                     @RequestParam(defaultValue = "false") boolean notices, Model model) {
        try {
            commands.sendAndWait(new SetNotificationDefaults(new NotificationDefaults(digestDay, digestHour, timeZone,
                    new NotificationChoices(email, chat, digest, notices))));
            return Notice.redirect("/admin#nudges", "The organisation's nudges are saved");
        } catch (CommandExecutionException refused) {
            model.addAttribute("failedForm", "nudges");
            model.addAttribute("refusal", Refusals.of(refused));
            model.addAttribute("typedZone", timeZone);
            return admin(model);
        }
    }

    @PostMapping("/admin/users")
    String addPerson(@RequestParam(required = false) String username, @RequestParam(required = false) String displayName,
                     @RequestParam(required = false) Set<Role> roles, @RequestParam(required = false) String password,
                     @RequestParam(required = false) String email, Model model) {
        TypedAccount typed = new TypedAccount(username, displayName, email, roles == null ? Set.of() : roles);
        try {
            UserAccounts.Account added = accounts.create(username, displayName, roles, password, email);
            return Notice.redirect("/admin#people", added.name() + " can sign in now");
        } catch (ErrorResponseException refused) {
            return refusedPerson(Refusals.of(refused), typed, model);
        } catch (CommandExecutionException refused) {
            return refusedPerson(Refusals.of(refused), typed, model);
        }
    }

    private String refusedPerson(Refusals refusal, TypedAccount typed, Model model) {
        model.addAttribute("failedForm", "person");
        model.addAttribute("refusal", refusal);
        model.addAttribute("typed", typed);
        return admin(model);
    }

    /** As {@code PUT /api/admin/users/{u}/email} does; blank takes the address away. */
    @PostMapping("/admin/users/{username}/email")
    String changeEmail(@PathVariable String username, @RequestParam(required = false) String email, Model model) {
        try {
            UserAccounts.Account changed = accounts.changeEmail(username, email);
            return Notice.redirect("/admin#account-" + username, changed.email() == null
                    ? changed.name() + " has no e-mail address now" : changed.name() + "'s e-mail address is now " + changed.email());
        } catch (CommandExecutionException refused) {
            model.addAttribute("failedForm", "email " + username);
            model.addAttribute("refusal", Refusals.of(refused));
            return admin(model);
        }
    }

    @PostMapping("/admin/users/{username}/disable")
    String disable(@PathVariable String username) {
        accounts.disable(username);
        return Notice.redirect("/admin#people", nameOf(username) + " can no longer sign in");
    }

    @PostMapping("/admin/users/{username}/enable")
    String enable(@PathVariable String username) {
        accounts.enable(username);
        return Notice.redirect("/admin#people", nameOf(username) + " can sign in again");
    }

    /** Sets a new password through the accounts, as {@code POST /api/admin/users/{u}/password} does. */
    @PostMapping("/admin/users/{username}/password")
    String resetPassword(@PathVariable String username, @RequestParam(required = false) String password,
                         RedirectAttributes flash, Model model) {
        try {
            accounts.resetPassword(username, password);
            flash.addFlashAttribute("passwordReset", username);
            return "redirect:/admin#account-" + username;
        } catch (ErrorResponseException refused) {
            model.addAttribute("failedForm", "reset " + username);
            model.addAttribute("refusal", Refusals.of(refused));
            return admin(model);
        }
    }

    @PostMapping("/admin/users/{username}/roles")
    String grant(@PathVariable String username, @RequestParam Role role) {
        accounts.grant(username, role);
        return Notice.redirect("/admin#people", nameOf(username) + " is now " + labelOf(role));
    }

    @PostMapping("/admin/users/{username}/roles/{role}/revoke")
    String revoke(@PathVariable String username, @PathVariable Role role) {
        accounts.revoke(username, role);
        return Notice.redirect("/admin#people", nameOf(username) + " is no longer " + labelOf(role));
    }

    private String nameOf(String username) {
        UserAccounts.Account account = accounts.find(username);
        return account == null ? username : account.name();
    }

    /** "Auditor" for {@code AUDITOR}, as messages.properties names roles on every page. */
    private String labelOf(Role role) {
        return labels.getMessage("Role." + role.name(), null, role.name(), Locale.ENGLISH);
    }

    /** Only the projections that parked something: the usual page reads no queue. */
    private Map<String, List<DeadLetterView>> deadLettersOf(List<ProjectionStatus> statuses) {
        Map<String, List<DeadLetterView>> parked = new LinkedHashMap<>();
        statuses.stream().filter(status -> status.deadLetters() > 0)
                .forEach(status -> parked.put(status.name(), projections.deadLetters(status.name())));
        return parked;
    }

    private ProjectionAdministration projectionsHere() {
        if (projections == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND,
                    "the projections run on the nodes with the query role; administer them there");
        }
        return projections;
    }

    /** What the admin typed into a refused form, shown again; never the password. */
    record TypedAccount(String username, String displayName, String email, Set<Role> roles) {
    }
}
