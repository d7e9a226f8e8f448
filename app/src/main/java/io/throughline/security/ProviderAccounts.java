package io.throughline.security;

import io.throughline.kernel.AuditMetadata;
import io.throughline.kernel.person.EmailAddresses;
import io.throughline.kernel.person.Role;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The accounts of people who sign in with the company's identity provider. The first time, the person is registered
 * (RegisterPerson) under a username made from a claim ({@code throughline.oidc.username-claim}), with their name and
 * e-mail address from the provider; at every sign-in, their roles are made those the provider's groups give
 * ({@code throughline.oidc.roles}), each difference a GrantRole or RevokeRole, and a new address a ChangeEmail. The
 * provider is the source of truth for these: a role granted by hand is revoked at the next sign-in unless a group
 * gives it.
 * <p>
 * The commands are sent by the service itself ({@code system} in the audit log), as it does for the first
 * administrator: no person chose these roles, the service applies what the provider says, and the person is not
 * signed in yet while it does (nor could a person grant themselves a role).
 * <p>
 * The person is recognised by the provider's issuer and subject, linked to the username at registration
 * ({@code account_identity}): a later change of their username claim keeps them the same person, and nobody becomes
 * an existing local account (the first administrator, say) by calling themselves after it at the provider.
 */
@Service
@EnableConfigurationProperties(ProviderSignInProperties.class)
class ProviderAccounts {

    private static final Pattern USERNAME = Pattern.compile(UserAccounts.USERNAME_PATTERN);
    private static final Pattern NOT_IN_A_USERNAME = Pattern.compile("[^a-z0-9._-]+");
    private static final Pattern NOT_A_FIRST_CHARACTER = Pattern.compile("^[^a-z0-9]+");

    private final UserAccounts accounts;
    private final JdbcTemplate sql;
    private final ProviderSignInProperties properties;

    ProviderAccounts(UserAccounts accounts, JdbcTemplate sql, ProviderSignInProperties properties) {
        this.accounts = accounts;
        this.sql = sql;
        this.properties = properties;
    }

    /**
     * The person's account, registered or brought up to date from the provider's claims; refused when the account is
     * disabled, when the person is new and no group gives them a role, or when no username can be made for them.
     * An account whose groups no longer give it a role loses its roles and is returned without any: the caller
     * refuses it once they are revoked.
     */
    @Transactional
    public UserAccounts.Account signIn(String issuer, String subject, Map<String, Object> claims) {
        Set<Role> roles = properties.roles().of(strings(claims.get(properties.rolesClaim())));
        String email = email(claims.get("email"));
        Optional<String> linked = sql.query("select username from account_identity where issuer = ? and subject = ?",
                (row, i) -> row.getString(1), issuer, subject).stream().findFirst();
        if (linked.isEmpty()) {
            if (roles.isEmpty()) {
                throw ProviderSignInRefused.noRole();
            }
            return register(issuer, subject, claims, roles, email);
        }
        UserAccounts.Account account = accounts.find(linked.get());
        if (!account.enabled()) {
            throw ProviderSignInRefused.disabled();
        }
        return update(account, roles, email);
    }

    private UserAccounts.Account register(String issuer, String subject, Map<String, Object> claims, Set<Role> roles,
                                          String email) {
        Object claimed = claims.get(properties.usernameClaim());
        String username = username(claimed == null ? null : claimed.toString())
                .orElseThrow(() -> ProviderSignInRefused.unusableUsername(properties.usernameClaim(), claimed));
        if (accounts.exists(username)) {
            throw ProviderSignInRefused.usernameTaken(username);
        }
        Object name = claims.get("name");
        UserAccounts.Account account = accounts.createWithoutPassword(username, name == null ? null : name.toString(),
                roles, email);
        sql.update("insert into account_identity (issuer, subject, username) values (?, ?, ?)", issuer, subject, username);
        return account;
    }

    private UserAccounts.Account update(UserAccounts.Account account, Set<Role> roles, String email) {
        Set<Role> held = account.roles().stream().map(Role::valueOf)
                .collect(() -> EnumSet.noneOf(Role.class), Set::add, Set::addAll);
        UserAccounts.Account updated = account;
        for (Role role : roles) {
            if (!held.contains(role)) {
                updated = accounts.grant(account.username(), role);
            }
        }
        for (Role role : held) {
            if (!roles.contains(role)) {
                updated = accounts.revoke(account.username(), role);
            }
        }
        // A provider that tells no address leaves the one the person has.
        if (email != null && !email.equals(account.email())) {
            updated = accounts.changeEmail(account.username(), email);
        }
        return updated;
    }

    /**
     * A username from the claim: lower-cased, accents dropped, each run of characters a username cannot hold made a
     * '-' ("Jane.Doe@Example.com" is "jane.doe-example.com"), leading '.', '_' and '-' dropped, at most 50 characters.
     * Empty when even that is no username (a claim of one character, or none) or names the service itself.
     */
    static Optional<String> username(String claimed) {
        if (claimed == null) {
            return Optional.empty();
        }
        String plain = Normalizer.normalize(claimed.strip(), Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String username = NOT_A_FIRST_CHARACTER.matcher(NOT_IN_A_USERNAME.matcher(plain).replaceAll("-")).replaceFirst("");
        if (username.length() > UserAccounts.USERNAME_MAX_LENGTH) {
            username = username.substring(0, UserAccounts.USERNAME_MAX_LENGTH);
        }
        return USERNAME.matcher(username).matches() && !AuditMetadata.SYSTEM.equals(username)
                ? Optional.of(username) : Optional.empty();
    }

    /** The groups claim, as a list of strings (most providers) or one string. */
    private static Collection<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().filter(Objects::nonNull).map(Object::toString).toList();
        }
        return claim == null ? List.of() : List.of(claim.toString());
    }

    /** The address the provider tells, if it can be one (an unusable one is ignored rather than refuse the person). */
    private static String email(Object claim) {
        return claim == null || EmailAddresses.problemWith(claim.toString()) != null ? null : claim.toString();
    }
}
