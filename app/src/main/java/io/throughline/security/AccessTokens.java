package io.throughline.security;

import io.throughline.kernel.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.Serializable;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Personal access tokens: shown once when created, stored only as their SHA-256, revocable. */
@Service
public class AccessTokens {

    private static final int TOKEN_BYTES = 32;
    private static final String PREFIX = "tl_";

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
    public record IssuedToken(UUID id, String name, String token) implements Serializable {
    }

    /** @param lastUsedAt when it last signed a request in (to within the sign-in cache's time); null if never */
    public record TokenInfo(UUID id, String name, Instant createdAt, Instant lastUsedAt) {
    }

    public IssuedToken issue(String username, String name) {
        if (name == null || name.isBlank()) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "name", "must not be blank: say what the token is for");
        }
        String nameProblem = Limits.problemWithText(name, Limits.NAME_LENGTH);
        if (nameProblem != null) {
            throw Refusal.of(HttpStatus.BAD_REQUEST, "name", nameProblem);
        }
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        sql.update("insert into access_token (id, token_hash, username, name, created_at) values (?, ?, ?, ?, ?)",
                id, Hashes.sha256(token), username, name.strip(), Timestamp.from(clock.instant()));
        return new IssuedToken(id, name.strip(), token);
    }

    public List<TokenInfo> activeOf(String username) {
        return sql.query("select id, name, created_at, last_used_at from access_token where username = ? "
                        + "and revoked_at is null order by created_at", (row, i) -> new TokenInfo(row.getObject(1, UUID.class),
                        row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getTimestamp(4) == null ? null : row.getTimestamp(4).toInstant()), username);
    }

    public void revoke(String username, UUID id) {
        int revoked = sql.update("update access_token set revoked_at = ? where id = ? and username = ? and revoked_at is null",
                Timestamp.from(clock.instant()), id, username);
        if (revoked == 0) {
            throw Refusal.of(HttpStatus.NOT_FOUND, null, "no active token " + id + " of yours");
        }
        credentials.forget(username);
    }

    /** The owner of an active token, if the token is one; the token is marked as used now. */
    Optional<String> ownerOf(String token) {
        return sql.query("update access_token set last_used_at = ? where token_hash = ? and revoked_at is null "
                        + "returning username", (row, i) -> row.getString(1), Timestamp.from(clock.instant()),
                Hashes.sha256(token)).stream().findFirst();
    }
}
