package io.throughline.security;

import io.throughline.kernel.person.EmailAddresses;
import io.throughline.kernel.person.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Accounts (admins only) and each person's own access tokens. */
@RestController
@Tag(name = "Accounts")
class AccountController {

    /** What UserAccounts requires of a password, for the API document. */
    private static final int PASSWORD_MIN = UserAccounts.MIN_PASSWORD_LENGTH;
    private static final String PASSWORD_MAX = "At most " + UserAccounts.MAX_PASSWORD_BYTES + " bytes in UTF-8";

    private final UserAccounts accounts;
    private final AccessTokens tokens;

    AccountController(UserAccounts accounts, AccessTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
    }

    record NewUser(@Schema(pattern = "^" + UserAccounts.USERNAME_PATTERN + "$") String username, String displayName,
                   @ArraySchema(minItems = 1, schema = @Schema(enumAsRef = true)) Set<Role> roles,
                   @Schema(minLength = PASSWORD_MIN, description = PASSWORD_MAX) String password,
                   @Schema(pattern = EmailAddresses.PATTERN, maxLength = EmailAddresses.MAX_LENGTH,
                           description = "Optional: where digests and notices reach the person") String email) {
    }

    record NewEmail(@Schema(pattern = EmailAddresses.PATTERN, maxLength = EmailAddresses.MAX_LENGTH,
            description = "null or blank takes the address away") String email) {
    }

    record NewPassword(@Schema(minLength = PASSWORD_MIN, description = PASSWORD_MAX) String password) {
    }

    record NewToken(String name,
                    @Schema(minimum = "" + AccessTokens.MIN_DAYS, maximum = "" + AccessTokens.MAX_DAYS,
                            defaultValue = "" + AccessTokens.DEFAULT_DAYS,
                            description = "How many days the token works; 90 unless given") Integer expiresInDays) {
    }

    @PostMapping("/api/admin/users")
    @Operation(summary = "Create an account (admins)", description = "roles: ADMIN, LEADER, MEMBER, AUDITOR, ANALYST; the password "
            + "has at least 12 characters. The username is the person id used as owner.")
    ResponseEntity<UserAccounts.Account> create(@RequestBody NewUser user) {
        UserAccounts.Account account = accounts.create(user.username(), user.displayName(), user.roles(), user.password(),
                user.email());
        return ResponseEntity.created(URI.create("/api/admin/users/" + account.username())).body(account);
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "Every account with its roles, by username (admins)")
    List<UserAccounts.Account> accounts() {
        return accounts.list();
    }

    @GetMapping("/api/admin/users/{username}")
    @Operation(summary = "One account (admins)")
    UserAccounts.Account account(@PathVariable String username) {
        return accounts.find(username);
    }

    @PutMapping("/api/admin/users/{username}/email")
    @Operation(summary = "Change a person's e-mail address (admins)", description = "400 naming email if it cannot be "
            + "an address; 409 if it is the address they have. The audit log records who changed it.")
    UserAccounts.Account changeEmail(@PathVariable String username, @RequestBody NewEmail email) {
        return accounts.changeEmail(username, email.email());
    }

    @PostMapping("/api/admin/users/{username}/disable")
    @Operation(summary = "Disable an account (admins): it can no longer sign in, its tokens stop working",
            description = "Nor can the person be named as owner, lead, member... of anything new (422). 409 if it is "
                    + "disabled already.")
    UserAccounts.Account disable(@PathVariable String username) {
        return accounts.disable(username);
    }

    @PostMapping("/api/admin/users/{username}/enable")
    @Operation(summary = "Enable a disabled account again (admins)", description = "409 if it is enabled already.")
    UserAccounts.Account enable(@PathVariable String username) {
        return accounts.enable(username);
    }

    @PutMapping("/api/admin/users/{username}/roles/{role}")
    @Operation(summary = "Grant a role (admins)", description = "role: ADMIN, LEADER, MEMBER, AUDITOR or ANALYST; 409 if the "
            + "person holds it already. The audit log records who granted it and when.")
    UserAccounts.Account grant(@PathVariable String username, @PathVariable Role role) {
        return accounts.grant(username, role);
    }

    @DeleteMapping("/api/admin/users/{username}/roles/{role}")
    @Operation(summary = "Revoke a role (admins)", description = "409 if the person does not hold it. Takes effect at "
            + "once, on cached sign-ins too.")
    UserAccounts.Account revoke(@PathVariable String username, @PathVariable Role role) {
        return accounts.revoke(username, role);
    }

    @PostMapping("/api/admin/users/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Reset an account's password (admins)")
    void resetPassword(@PathVariable String username, @RequestBody NewPassword password) {
        accounts.resetPassword(username, password.password());
    }

    @PutMapping("/api/me/email")
    @Operation(summary = "Change my e-mail address", description = "Where my digests and notices go; null or blank "
            + "takes it away. 400 naming email if it cannot be an address; 409 if it is the address I have.")
    UserAccounts.Account changeMyEmail(@RequestBody NewEmail email, Authentication me) {
        return accounts.changeEmail(me.getName(), email.email());
    }

    @PostMapping("/api/me/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a personal access token",
            description = "The token is shown in this answer only; send it as Authorization: Bearer <token>. It is "
                    + "refused (401) from expiresAt on: expiresInDays after its creation, 1 to 365, 90 unless given "
                    + "(400 naming expiresInDays otherwise).")
    AccessTokens.IssuedToken issue(@RequestBody NewToken token, Authentication me) {
        return tokens.issue(me.getName(), token.name(), token.expiresInDays());
    }

    @GetMapping("/api/me/tokens")
    @Operation(summary = "My access tokens not revoked, the expired ones included (without the tokens themselves)",
            description = "lastUsedAt: when the token last signed a request in, null if never; exact to within the "
                    + "sign-in cache's time (throughline.security.basic-cache, 60 s by default). expiresAt: from then "
                    + "on the token is refused.")
    List<AccessTokens.TokenInfo> myTokens(Authentication me) {
        return tokens.activeOf(me.getName());
    }

    @DeleteMapping("/api/me/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of my access tokens")
    void revoke(@PathVariable UUID id, Authentication me) {
        tokens.revoke(me.getName(), id);
    }
}
