package io.throughline.security;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.Limits;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.person.ChangeEmail;
import io.throughline.kernel.person.DisableAccount;
import io.throughline.kernel.person.EnableAccount;
import io.throughline.kernel.person.GrantRole;
import io.throughline.kernel.person.RegisterPerson;
import io.throughline.kernel.person.RevokeRole;
import io.throughline.kernel.person.Role;
import io.throughline.kernel.person.SetPassword;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts as admins manage them: people registered with roles, roles granted and revoked, e-mail addresses changed,
 * accounts disabled and enabled, passwords set. Each change is a command on the person, so the event log says who did it and when; the
 * accounts people sign in with are their projection ({@code users}, {@code authorities}), current when the command
 * returns. The password's hash is written here, beside the accounts and never in the log, in the transaction of the
 * command that records that it was set.
 */
@Service
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads no further, and Spring's encoder refuses longer passwords rather than cut them. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{1,49}";
    static final int USERNAME_MAX_LENGTH = 50;
    private static final Pattern USERNAME = Pattern.compile(USERNAME_PATTERN);
    private static final String ACCOUNTS = """
            select u.username, u.display_name, u.email, u.enabled,
                   coalesce(string_agg(substr(a.authority, 6), ',' order by a.authority), '') as roles
            from users u left join authorities a on a.username = u.username
            """;

    private final CommandGateway commands;
    private final JdbcTemplate sql;
    private final PasswordEncoder passwords;
    private final CredentialCache credentials;

    UserAccounts(CommandGateway commands, JdbcTemplate sql, PasswordEncoder passwords, CredentialCache credentials) {
        this.commands = commands;
        this.sql = sql;
        this.passwords = passwords;
        this.credentials = credentials;
    }

    /** @param email where notices reach the person, or {@code null} */
    public record Account(String username, String displayName, String email, List<String> roles, boolean enabled) {

        /** How pages name the person: by display name, by username where the account has none. */
        public String name() {
            return displayName == null || displayName.isBlank() ? username : displayName;
        }
    }

    @Transactional
    public Account create(String username, String displayName, Set<Role> roles, String password, String email) {
        requireNew(username, displayName, roles);
        requireStrong(password);
        PersonId person = new PersonId(username);
        commands.sendAndWait(new RegisterPerson(person, displayName, roles, email));
        setPassword(person, password);
        return find(username);
    }

    /**
     * A person who signs in with the company's identity provider ({@link ProviderAccounts}): registered like any
     * other, with no password, so that they can sign in only through the provider (and with the tokens they make).
     */
    @Transactional
    Account createWithoutPassword(String username, String displayName, Set<Role> roles, String email) {
        requireNew(username, displayName, roles);
        commands.sendAndWait(new RegisterPerson(new PersonId(username), displayName, roles, email));
        return find(username);
    }

    private void requireNew(String username, String displayName, Set<Role> roles) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "username",
                    "2 to 50 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (AuditMetadata.SYSTEM.equals(username)) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "username",
                    "'" + username + "' is reserved: it names the service itself as the author of its own commands");
        }
        if (roles == null || roles.isEmpty()) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "roles", "at least one of " + List.of(Role.values()));
        }
        String nameProblem = displayName == null ? null : Limits.problemWithText(displayName, Limits.NAME_LENGTH);
        if (nameProblem != null) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "displayName", nameProblem);
        }
        if (exists(username)) {
            throw Refusal.of(HttpStatus.CONFLICT, "username", "'" + username + "' is taken");
        }
    }

    /** A new address, or none when blank: by an admin, or by the person themselves. Refused on {@code email}. */
    @Transactional
    public Account changeEmail(String username, String email) {
        commands.sendAndWait(new ChangeEmail(existing(username), email));
        return find(username);
    }

    @Transactional
    public Account disable(String username) {
        commands.sendAndWait(new DisableAccount(existing(username)));
        forgetCredentials(username);
        return find(username);
    }

    @Transactional
    public Account enable(String username) {
        commands.sendAndWait(new EnableAccount(existing(username)));
        return find(username);
    }

    /** Signed-in sessions and cached sign-ins pick the new role up at once. */
    @Transactional
    public Account grant(String username, Role role) {
        commands.sendAndWait(new GrantRole(existing(username), role));
        forgetCredentials(username);
        return find(username);
    }

    @Transactional
    public Account revoke(String username, Role role) {
        commands.sendAndWait(new RevokeRole(existing(username), role));
        forgetCredentials(username);
        return find(username);
    }

    @Transactional
    public void resetPassword(String username, String password) {
        requireStrong(password);
        setPassword(existing(username), password);
        forgetCredentials(username);
    }

    /**
     * A person changes their own password: the current one proves it is them (a session left open is not enough).
     * Refused on {@code currentPassword} when it is wrong, on {@code password} when the new one is too weak.
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        String hash = sql.query("select hash from account_password where username = ?", (row, i) -> row.getString(1),
                username).stream().findFirst().orElse(null);
        if (currentPassword == null || hash == null || !passwords.matches(currentPassword, hash)) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "currentPassword", "is not your current password");
        }
        requireStrong(newPassword);
        setPassword(existing(username), newPassword);
        forgetCredentials(username);
    }

    public boolean exists(String username) {
        return username != null && !sql.queryForList("select 1 from users where username = ?", Integer.class, username).isEmpty();
    }

    /** Every account, by username, with its roles: one query, however many people there are. */
    public List<Account> list() {
        return sql.query(ACCOUNTS + "group by u.username, u.display_name, u.email, u.enabled order by u.username", UserAccounts::account);
    }

    public Account find(String username) {
        existing(username);
        return sql.queryForObject(ACCOUNTS + "where u.username = ? group by u.username, u.display_name, u.email, u.enabled",
                UserAccounts::account, username);
    }

    private void setPassword(PersonId person, String password) {
        commands.sendAndWait(new SetPassword(person));
        sql.update("""
                insert into account_password (username, hash) values (?, ?)
                on conflict (username) do update set hash = excluded.hash, changed_at = now()""",
                person.value(), passwords.encode(password));
    }

    /** Now, and again once the change is committed, lest a sign-in in between cache the account as it was. */
    private void forgetCredentials(String username) {
        credentials.forget(username);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                credentials.forget(username);
            }
        });
    }

    private PersonId existing(String username) {
        if (!exists(username)) {
            throw Refusal.of(HttpStatus.NOT_FOUND, null, "no user '" + username + "'");
        }
        return new PersonId(username);
    }

    private static Account account(ResultSet row, int rowNumber) throws SQLException {
        String roles = row.getString("roles");
        return new Account(row.getString("username"), row.getString("display_name"), row.getString("email"),
                roles.isEmpty() ? List.of() : List.of(roles.split(",")), row.getBoolean("enabled"));
    }

    private static void requireStrong(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "password", "at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "password", "at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8");
        }
    }
}
