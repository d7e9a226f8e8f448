package io.throughline.command.person;

import io.throughline.kernel.CommandRejection;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.person.DisableAccount;
import io.throughline.kernel.person.RegisterPerson;
import io.throughline.kernel.person.Role;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Registers, once, the accounts that existed before people were in the event log (migration V17 lists them in
 * {@code person_backfill}): each through the commands an admin would send, as the service itself, with its roles and,
 * if it was disabled, disabled again. One account per transaction, its row deleted with its events; nodes starting
 * together each take rows the others have not locked. An account already registered (its events stored, its row left
 * by a crash under Axon Server, whose events are outside this transaction) is only struck off.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PersonBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonBackfill.class);

    private final JdbcTemplate sql;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    PersonBackfill(JdbcTemplate sql, CommandGateway commands, PlatformTransactionManager transactions) {
        this.sql = sql;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        int registered = 0;
        for (Backfilled next; (next = transaction.execute(this::registerNext)) != null; ) {
            if (next.registeredBefore()) {
                sql.update("delete from person_backfill where username = ?", next.username());
            } else {
                registered++;
            }
        }
        if (registered > 0) {
            log.info("Registered {} accounts from before people were in the event log", registered);
        }
    }

    /** Null when no account is left to register. */
    private Backfilled registerNext(TransactionStatus status) {
        String username = sql.query("select username from person_backfill order by username limit 1 for update skip locked",
                (row, n) -> row.getString(1)).stream().findFirst().orElse(null);
        if (username == null) {
            return null;
        }
        PersonId person = new PersonId(username);
        Set<Role> roles = rolesOf(username);
        if (roles.isEmpty()) {
            // RegisterPerson needs a role, and accounts were always created with one: this one was changed by hand.
            log.warn("Account '{}' has no role: left as it is, out of the event log", username);
            return new Backfilled(username, true);
        }
        String displayName = sql.queryForObject("select display_name from users where username = ?", String.class, username);
        try {
            commands.sendAndWait(new RegisterPerson(person, displayName, roles, null));
        } catch (CommandExecutionException e) {
            if (!registeredBefore(e)) {
                throw e;
            }
            // The refused command marked this transaction for rollback: the row is struck off in one of its own.
            status.setRollbackOnly();
            return new Backfilled(username, true);
        }
        if (!sql.queryForObject("select enabled from users where username = ?", Boolean.class, username)) {
            commands.sendAndWait(new DisableAccount(person));
        }
        sql.update("delete from person_backfill where username = ?", username);
        return new Backfilled(username, false);
    }

    private static boolean registeredBefore(CommandExecutionException refusal) {
        return refusal.<CommandRejection>getDetails()
                .filter(rejection -> PersonRule.PERSON_REGISTERED_ONCE.id().equals(rejection.rule())).isPresent();
    }

    private Set<Role> rolesOf(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        sql.queryForList("select authority from authorities where username = ?", String.class, username)
                .forEach(authority -> Arrays.stream(Role.values()).filter(role -> role.authority().equals(authority))
                        .forEach(roles::add));
        return roles;
    }

    /** @param registeredBefore whether the account was found in the log already (or left out), its row still to delete */
    private record Backfilled(String username, boolean registeredBefore) {
    }
}
