package io.throughline.security;

import io.throughline.kernel.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Personal access tokens: shown once when created, stored only as their SHA-256, revocable, and refused once their
 * expiry has passed (chosen at creation, {@value #DEFAULT_DAYS} days unless said otherwise): a token forgotten in an
 * old script stops working by itself.
 */
@Service
public class AccessTokens {

    private static final int TOKEN_BYTES = 32;
    private static final String PREFIX = "tl_";
    static final int DEFAULT_DAYS = 90;
    static final int MIN_DAYS = 1;
    /** A year: a token meant to live longer is one nobody will remember to renew or revoke. */
    static final int MAX_DAYS = 365;

    private final JdbcTemplate sql;
    private final Clock clock;
    private final CredentialCache credentials;
    private final SecureRandom random = new SecureRandom();

    AccessTokens(JdbcTemplate sql, Clock clock, CredentialCache credentials) {
        this.sql = sql;
        this.clock = clock;
        this.credentials = credentials;
    }

    /**
     * Serializable: the account page shows it once after a redirect, as a flash attribute of the web session, which
     * lives in PostgreSQL (spring_session_attributes) until that next page is read.
     */
    public record IssuedToken(UUID id, String name, String token, Instant expiresAt) implements Serializable {
    }

    /**
     * @param lastUsedAt when it last signed a request in (to within the sign-in cache's time); null if never
     * @param expiresAt  from then on the token is refused
     */
    public record TokenInfo(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {
    }

    /** @param expiresInDays how long it works, {@value #MIN_DAYS} to {@value #MAX_DAYS} days; null: {@value #DEFAULT_DAYS} */
    public IssuedToken issue(String username, String name, Integer expiresInDays) {
        if (name == null || name.isBlank()) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "name", "must not be blank: say what the token is for");
        }
        String nameProblem = Limits.problemWithText(name, Limits.NAME_LENGTH);
        if (nameProblem != null) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "name", nameProblem);
        }
        int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "expiresInDays", "from " + MIN_DAYS + " to " + MAX_DAYS + " days");
        }
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(Duration.ofDays(days));
        sql.update("insert into access_token (id, token_hash, username, name, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?)", id, Hashes.sha256(token), username, name.strip(),
                Timestamp.from(now), Timestamp.from(expiresAt));
        return new IssuedToken(id, name.strip(), token, expiresAt);
    }

    /** The tokens not revoked, the expired ones among them (their owner sees them expired, and revokes them). */
    public List<TokenInfo> activeOf(String username) {
        return sql.query("select id, name, created_at, last_used_at, expires_at from access_token where username = ? "
                        + "and revoked_at is null order by created_at", (row, i) -> new TokenInfo(row.getObject(1, UUID.class),
                        row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant(),
                        row.getTimestamp(5).toInstant()), username);
    }

    public void revoke(String username, UUID id) {
        int revoked = sql.update("update access_token set revoked_at = ? where id = ? and username = ? and revoked_at is null",
                Timestamp.from(clock.instant()), id, username);
        if (revoked == 0) {
            throw Refusal.of(HttpStatus.NOT_FOUND, null, "no active token " + id + " of yours");
        }
        credentials.forget(username);
    }

    /** An active token's owner and expiry, if the token is one and has not expired; it is marked as used now. */
    Optional<Owner> ownerOf(String token) {
        Timestamp now = Timestamp.from(clock.instant());
        return sql.query("update access_token set last_used_at = ? where token_hash = ? and revoked_at is null "
                        + "and expires_at > ? returning username, expires_at",
                (row, i) -> new Owner(row.getString(1), row.getTimestamp(2).toInstant()), now, Hashes.sha256(token), now)
                .stream().findFirst();
    }

    record Owner(String username, Instant expiresAt) {
    }
}
