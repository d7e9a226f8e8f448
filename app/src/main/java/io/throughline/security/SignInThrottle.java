package io.throughline.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Slows down password guessing, on the login form and HTTP Basic alike: after
 * {@code throughline.security.failed-sign-ins-per-account} failures within {@code failed-sign-in-window}, an account
 * refuses every sign-in, the right password too (else a guesser would learn when they hit it), until fewer than that
 * many failures remain in the window; a client address likewise after {@code failed-sign-ins-per-address}. A refused
 * attempt is not counted as a failure: the wait never grows past the window. The failures are counted in PostgreSQL
 * ({@code sign_in_failure}, migration V42), so every node refuses alike; each throttle is logged and recorded in
 * {@code sign_in_throttled} for /admin.
 * <p>
 * Only sign-ins that reach the password check are counted and checked: one remembered by {@link CredentialCache}
 * (a client that signed in within the last minute) costs nothing more. When an account is throttled its remembered
 * sign-ins are forgotten on this node; other nodes forget theirs within {@code basic-cache}. Other accounts are never
 * slowed by an account's throttle.
 */
@Component
public class SignInThrottle {

    private static final Logger LOG = LoggerFactory.getLogger(SignInThrottle.class);
    /** How long the throttles stay on record for /admin. */
    private static final Duration KEPT = Duration.ofDays(7);
    /** Longer usernames and addresses are cut to their columns: the throttle counts attempts, not what a client sends. */
    private static final int USERNAME_LENGTH = 200;
    private static final int ADDRESS_LENGTH = 64;

    /** What is counted: an account (the username as typed, known or not) or a client address. */
    public enum Kind {
        ACCOUNT("username", SignInProperties::failedSignInsPerAccount),
        ADDRESS("address", SignInProperties::failedSignInsPerAddress);

        private final String column;
        private final ToIntFunction<SignInProperties> limit;

        Kind(String column, ToIntFunction<SignInProperties> limit) {
            this.column = column;
            this.limit = limit;
        }
    }

    /** An account or address refused sign-in, as /admin lists it. */
    public record Throttled(Kind kind, String subject, int failures, Instant throttledAt, Instant until) {
    }

    private final JdbcTemplate sql;
    private final SignInProperties limits;
    private final Clock clock;
    private final CredentialCache credentials;

    SignInThrottle(JdbcTemplate sql, SignInProperties limits, Clock clock, CredentialCache credentials) {
        this.sql = sql;
        this.limits = limits;
        this.clock = clock;
        this.credentials = credentials;
    }

    /** Wraps the password check: refuses a throttled account or address before it, counts its refusals. */
    AuthenticationProvider guarding(AuthenticationProvider passwordChecker) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication attempt) {
                String username = cut(attempt.getName(), USERNAME_LENGTH);
                String address = cut(addressOf(attempt), ADDRESS_LENGTH);
                refuseIfThrottled(username, address);
                try {
                    return passwordChecker.authenticate(attempt);
                } catch (BadCredentialsException wrong) {
                    failed(username, address);
                    throw wrong;
                }
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return passwordChecker.supports(authentication);
            }
        };
    }

    /** The throttles of the last week, newest first. */
    public List<Throttled> recent() {
        return sql.query("select kind, subject, failures, throttled_at, until from sign_in_throttled "
                        + "where throttled_at > ? order by throttled_at desc, id desc limit 50",
                (row, n) -> new Throttled(Kind.valueOf(row.getString(1)), row.getString(2), row.getInt(3),
                        row.getTimestamp(4).toInstant(), row.getTimestamp(5).toInstant()),
                Timestamp.from(clock.instant().minus(KEPT)));
    }

    private void refuseIfThrottled(String username, String address) {
        Instant now = clock.instant();
        for (Kind kind : Kind.values()) {
            Optional<Instant> until = until(kind, kind == Kind.ACCOUNT ? username : address, now);
            if (until.isPresent()) {
                throw new SignInThrottled(kind, Duration.between(now, until.get()));
            }
        }
    }

    private void failed(String username, String address) {
        Instant now = clock.instant();
        database(() -> {
            sql.update("delete from sign_in_failure where failed_at <= ?", Timestamp.from(now.minus(limits.failedSignInWindow())));
            sql.update("insert into sign_in_failure (username, address, failed_at) values (?, ?, ?)",
                    username, address, Timestamp.from(now));
            return null;
        });
        throttleIfOverLimit(Kind.ACCOUNT, username, now);
        throttleIfOverLimit(Kind.ADDRESS, address, now);
    }

    /**
     * When the subject's failures reach its limit: recorded once while it lasts (nodes failing at the same moment
     * may both see it reached), logged, and for an account its remembered sign-ins forgotten here.
     */
    private void throttleIfOverLimit(Kind kind, String subject, Instant now) {
        Optional<Instant> until = until(kind, subject, now);
        if (until.isEmpty()) {
            return;
        }
        int recorded = database(() -> {
            sql.update("delete from sign_in_throttled where throttled_at <= ?", Timestamp.from(now.minus(KEPT)));
            return sql.update("""
                    insert into sign_in_throttled (kind, subject, failures, throttled_at, until)
                    select ?, ?, ?, ?, ? where not exists
                        (select from sign_in_throttled where kind = ? and subject = ? and until > ?)""",
                    kind.name(), subject, kind.limit.applyAsInt(limits), Timestamp.from(now), Timestamp.from(until.get()),
                    kind.name(), subject, Timestamp.from(now));
        });
        if (recorded == 1) {
            LOG.warn("Sign-in throttled: {} {} failed {} times within {} s; every sign-in refused until {}",
                    kind == Kind.ACCOUNT ? "account" : "address", subject, kind.limit.applyAsInt(limits),
                    limits.failedSignInWindow().toSeconds(), until.get());
            if (kind == Kind.ACCOUNT) {
                credentials.forget(subject);
            }
        }
    }

    /**
     * Until when the subject is refused, if it is: its failures in the window reach the limit, so it is refused until
     * the newest {@code limit} of them, the oldest of those first, leaves the window.
     */
    private Optional<Instant> until(Kind kind, String subject, Instant now) {
        Duration window = limits.failedSignInWindow();
        List<Timestamp> oldestOfTheNewest = database(() -> sql.queryForList("select failed_at from sign_in_failure where "
                        + kind.column + " = ? and failed_at > ? order by failed_at desc offset ? limit 1", Timestamp.class,
                subject, Timestamp.from(now.minus(window)), kind.limit.applyAsInt(limits) - 1));
        return oldestOfTheNewest.stream().findFirst().map(failed -> failed.toInstant().plus(window));
    }

    /**
     * A failure of the database is not a wrong password: Spring Security passes this one on at once, and the doors
     * answer it 503 when the database is out of reach (DatabaseOutage).
     */
    private static <T> T database(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException failure) {
            throw new InternalAuthenticationServiceException("cannot count failed sign-ins", failure);
        }
    }

    /**
     * The client's address as the servlet container sees it: the peer, or with {@code server.forward-headers-strategy}
     * set, the address a trusted proxy put in X-Forwarded-For (README, "Running at scale").
     */
    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    private static String cut(String value, int length) {
        String text = value == null ? "" : value;
        return text.length() > length ? text.substring(0, length) : text;
    }
}
