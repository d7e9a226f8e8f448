package io.throughline.security;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Accounts as admins manage them: created with roles, disabled, given a new password. */
@Service
public class UserAccounts {

    static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt reads no further, and Spring's encoder refuses longer passwords rather than cut them. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    private final JdbcUserDetailsManager users;
    private final JdbcTemplate sql;
    private final PasswordEncoder passwords;
    private final CredentialCache credentials;

    UserAccounts(JdbcUserDetailsManager users, JdbcTemplate sql, PasswordEncoder passwords, CredentialCache credentials) {
        this.users = users;
        this.sql = sql;
        this.passwords = passwords;
        this.credentials = credentials;
    }

    public record Account(String username, String displayName, List<String> roles, boolean enabled) {
    }

    @Transactional
    public Account create(String username, String displayName, Set<Role> roles, String password) {
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
        requireStrong(password);
        String nameProblem = displayName == null ? null : Limits.problemWithText(displayName, Limits.NAME_LENGTH);
        if (nameProblem != null) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "displayName", nameProblem);
        }
        if (users.userExists(username)) {
            throw Refusal.of(HttpStatus.CONFLICT, "username", "'" + username + "' is taken");
        }
        users.createUser(User.withUsername(username).password(passwords.encode(password))
                .authorities(roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()).build());
        sql.update("update users set display_name = ? where username = ?",
                displayName == null || displayName.isBlank() ? username : displayName.strip(), username);
        return find(username);
    }

    @Transactional
    public Account disable(String username) {
        UserDetails user = existing(username);
        users.updateUser(User.withUserDetails(user).disabled(true).build());
        credentials.forget(username);
        return find(username);
    }

    @Transactional
    public void resetPassword(String username, String password) {
        requireStrong(password);
        existing(username);
        sql.update("update users set password = ? where username = ?", passwords.encode(password), username);
        credentials.forget(username);
    }

    public boolean exists(String username) {
        return users.userExists(username);
    }

    /** Every account, by username, with its roles: one query, however many people there are. */
    public List<Account> list() {
        return sql.query("""
                select u.username, u.display_name, u.enabled,
                       coalesce(string_agg(substr(a.authority, 6), ',' order by a.authority), '') as roles
                from users u left join authorities a on a.username = u.username
                group by u.username, u.display_name, u.enabled
                order by u.username""", (row, n) -> new Account(row.getString("username"),
                row.getString("display_name"), row.getString("roles").isEmpty() ? List.of()
                : List.of(row.getString("roles").split(",")), row.getBoolean("enabled")));
    }

    public Account find(String username) {
        UserDetails user = existing(username);
        String displayName = sql.queryForObject("select display_name from users where username = ?", String.class, username);
        return new Account(username, displayName, user.getAuthorities().stream()
                .map(authority -> authority.getAuthority().replaceFirst("^ROLE_", "")).sorted().toList(), user.isEnabled());
    }

    private UserDetails existing(String username) {
        if (username == null || !users.userExists(username)) {
            throw Refusal.of(HttpStatus.NOT_FOUND, null, "no user '" + username + "'");
        }
        return users.loadUserByUsername(username);
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
