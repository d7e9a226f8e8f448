package io.throughline.nudge;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.nudge.ListUndeliveredNotices;
import io.throughline.kernel.nudge.UndeliveredNotice;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The notice outbox ({@code notice}, {@code digest_decision}): a notice is recorded once, under a key that says what,
 * to whom and for which period or event, before anything is sent; delivery then takes the undelivered ones one by one,
 * each locked while it is sent so that another node skips it.
 */
@Component
class NoticeOutbox {

    private final JdbcTemplate sql;

    NoticeOutbox(JdbcTemplate sql) {
        this.sql = sql;
    }

    /** Records the notice unless it was recorded before; true if it is new. */
    boolean record(Notice notice, Instant now) {
        return sql.update("""
                insert into notice (kind, recipient_id, about, channel, address, subject, body_text, body_html,
                    recorded_at, next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (kind, recipient_id, about, channel, address) do nothing""",
                notice.kind().name(), notice.recipientId(), notice.about(), notice.channel().name(), notice.address(),
                notice.subject(), notice.text(), notice.html(), Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    /**
     * Records that the person's digest of the week is decided, with how many lines it has; false if it was already,
     * when the caller records nothing. Waits for a node deciding the same digest at the same time to commit.
     */
    boolean decideDigest(String week, PersonId person, int lines, Instant now) {
        return sql.update("""
                insert into digest_decision (week, recipient_id, lines, decided_at) values (?, ?, ?, ?)
                on conflict do nothing""", week, person.value(), lines, Timestamp.from(now)) == 1;
    }

    boolean digestDecided(String week, PersonId person) {
        return Boolean.TRUE.equals(sql.queryForObject("select exists (select from digest_decision "
                + "where week = ? and recipient_id = ?)", Boolean.class, week, person.value()));
    }

    /** The next notice due for an attempt, locked until the transaction ends; other nodes skip it meanwhile. */
    Optional<Pending> nextDue(Instant now) {
        return sql.query("""
                select id, kind, recipient_id, about, channel, address, subject, body_text, body_html, attempts
                  from notice where sent_at is null and next_attempt_at <= ?
                 order by next_attempt_at, id limit 1 for update skip locked""",
                (row, n) -> new Pending(row.getLong("id"), new Notice(Notice.Kind.valueOf(row.getString("kind")),
                        row.getString("recipient_id"), row.getString("about"),
                        Notice.Channel.valueOf(row.getString("channel")), row.getString("address"),
                        row.getString("subject"), row.getString("body_text"), row.getString("body_html")),
                        row.getInt("attempts")), Timestamp.from(now)).stream().findFirst();
    }

    void delivered(Pending pending, Instant now) {
        sql.update("update notice set sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
                Timestamp.from(now), pending.id());
    }

    void failed(Pending pending, String error, Instant nextAttempt) {
        sql.update("update notice set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?",
                error, Timestamp.from(nextAttempt), pending.id());
    }

    /** The notices whose last attempt failed, oldest first. */
    @QueryHandler
    List<UndeliveredNotice> handle(ListUndeliveredNotices query) {
        return sql.query("""
                select n.recipient_id, coalesce(t.name, u.display_name, n.recipient_id) as recipient_name, n.channel,
                       n.subject, n.attempts, n.last_error, n.next_attempt_at
                  from notice n
                  left join team_view t on t.team_id = n.recipient_id
                  left join users u on u.username = n.recipient_id
                 where n.sent_at is null and n.attempts > 0 order by n.recorded_at, n.id""",
                (row, n) -> new UndeliveredNotice(row.getString("recipient_id"), row.getString("recipient_name"),
                        row.getString("channel"), row.getString("subject"), row.getInt("attempts"),
                        row.getString("last_error"), row.getTimestamp("next_attempt_at").toInstant()));
    }

    /** @param attempts how many were made before this one */
    record Pending(long id, Notice notice, int attempts) {
    }
}
