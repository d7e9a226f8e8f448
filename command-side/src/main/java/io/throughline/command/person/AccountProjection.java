package io.throughline.command.person;

import io.throughline.kernel.person.AccountDisabled;
import io.throughline.kernel.person.AccountEnabled;
import io.throughline.kernel.person.EmailChanged;
import io.throughline.kernel.person.PersonRegistered;
import io.throughline.kernel.person.RoleGranted;
import io.throughline.kernel.person.RoleRevoked;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The accounts people sign in with ({@code users}, {@code authorities}: the shape Spring Security reads), kept by the
 * person events in the transaction that stores them ({@link PersonConfiguration#ACCOUNTS} is a subscribing processor):
 * an account is usable, or disabled, the moment its command returns. Also the command side's directory of people
 * ({@link PersonDirectory}). Each handler is idempotent, so that the accounts that existed before the log had people
 * can be registered over their rows ({@link PersonBackfill}). Passwords are kept beside it, never touched here.
 */
@Component
@ProcessingGroup(PersonConfiguration.ACCOUNTS)
class AccountProjection {

    private final JdbcTemplate sql;

    AccountProjection(JdbcTemplate sql) {
        this.sql = sql;
    }

    @EventHandler
    void on(PersonRegistered event, @Timestamp Instant at) {
        sql.update("""
                insert into users (username, display_name, email, enabled, created_at) values (?, ?, ?, true, ?)
                on conflict (username) do update set display_name = excluded.display_name, email = excluded.email""",
                event.personId().value(), event.displayName(), event.email(), java.sql.Timestamp.from(at));
    }

    @EventHandler
    void on(EmailChanged event) {
        sql.update("update users set email = ? where username = ?", event.email(), event.personId().value());
    }

    @EventHandler
    void on(RoleGranted event) {
        sql.update("insert into authorities (username, authority) values (?, ?) on conflict do nothing",
                event.personId().value(), event.role().authority());
    }

    @EventHandler
    void on(RoleRevoked event) {
        sql.update("delete from authorities where username = ? and authority = ?",
                event.personId().value(), event.role().authority());
    }

    @EventHandler
    void on(AccountDisabled event) {
        sql.update("update users set enabled = false where username = ?", event.personId().value());
    }

    @EventHandler
    void on(AccountEnabled event) {
        sql.update("update users set enabled = true where username = ?", event.personId().value());
    }
}
