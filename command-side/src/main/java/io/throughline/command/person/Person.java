package io.throughline.command.person;

import io.throughline.command.rejection.CommandRejectedException;
import io.throughline.command.rejection.CommonRule;
import io.throughline.command.rejection.Require;
import io.throughline.kernel.PersonId;
import io.throughline.kernel.person.AccountDisabled;
import io.throughline.kernel.person.AccountEnabled;
import io.throughline.kernel.person.ChangeEmail;
import io.throughline.kernel.person.DisableAccount;
import io.throughline.kernel.person.EmailAddresses;
import io.throughline.kernel.person.EmailChanged;
import io.throughline.kernel.person.EnableAccount;
import io.throughline.kernel.person.GrantRole;
import io.throughline.kernel.person.PasswordSet;
import io.throughline.kernel.person.PersonRegistered;
import io.throughline.kernel.person.RegisterPerson;
import io.throughline.kernel.person.RevokeRole;
import io.throughline.kernel.person.Role;
import io.throughline.kernel.person.RoleGranted;
import io.throughline.kernel.person.RoleRevoked;
import io.throughline.kernel.person.SetPassword;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A person of the organisation, identified by their username: their roles, their e-mail address and whether their
 * account is enabled. The accounts table people sign in with is a projection of these events
 * ({@link AccountProjection}); the password's hash is kept beside it, never in the log.
 */
@Aggregate
public class Person {

    @AggregateIdentifier
    private PersonId id;
    private final Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled;
    private String email;

    protected Person() {
        // for Axon: rebuilt from its events
    }

    /** Registered once, with at least one role: each is granted, so the log says who gave it and when. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterPerson command) {
        if (id != null) {
            throw CommandRejectedException.conflict(PersonRule.PERSON_REGISTERED_ONCE, "username",
                    "'" + command.personId() + "' is taken");
        }
        PersonId person = Require.present("username", command.personId());
        if (command.roles() == null || command.roles().isEmpty() || command.roles().stream().anyMatch(Objects::isNull)) {
            throw CommandRejectedException.invalid("roles", "at least one of " + Set.of(Role.values()));
        }
        String displayName = command.displayName() == null || command.displayName().isBlank()
                ? person.value() : command.displayName().strip();
        apply(new PersonRegistered(person, displayName, email(command.email())));
        new TreeSet<>(command.roles()).forEach(role -> apply(new RoleGranted(person, role)));
    }

    @CommandHandler
    void handle(ChangeEmail command) {
        String changed = email(command.email());
        if (Objects.equals(changed, email)) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, "email",
                    changed == null ? id + " has no e-mail address" : id + "'s e-mail address is already " + changed);
        }
        apply(new EmailChanged(id, changed));
    }

    @CommandHandler
    void handle(GrantRole command) {
        Role role = Require.present("role", command.role());
        if (roles.contains(role)) {
            throw CommandRejectedException.conflict(PersonRule.ROLE_GRANTED_ONCE, "role", id + " is already " + role);
        }
        apply(new RoleGranted(id, role));
    }

    @CommandHandler
    void handle(RevokeRole command) {
        Role role = Require.present("role", command.role());
        if (!roles.contains(role)) {
            throw CommandRejectedException.conflict(PersonRule.ONLY_HELD_ROLES_REVOKED, "role", id + " is not " + role);
        }
        apply(new RoleRevoked(id, role));
    }

    @CommandHandler
    void handle(DisableAccount command) {
        if (!enabled) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null, "the account of " + id + " is already disabled");
        }
        apply(new AccountDisabled(id));
    }

    @CommandHandler
    void handle(EnableAccount command) {
        if (enabled) {
            throw CommandRejectedException.conflict(CommonRule.MUST_CHANGE_SOMETHING, null, "the account of " + id + " is already enabled");
        }
        apply(new AccountEnabled(id));
    }

    @CommandHandler
    void handle(SetPassword command) {
        apply(new PasswordSet(id));
    }

    @EventSourcingHandler
    void on(PersonRegistered event) {
        id = event.personId();
        enabled = true;
        email = event.email();
    }

    @EventSourcingHandler
    void on(EmailChanged event) {
        email = event.email();
    }

    @EventSourcingHandler
    void on(RoleGranted event) {
        roles.add(event.role());
    }

    @EventSourcingHandler
    void on(RoleRevoked event) {
        roles.remove(event.role());
    }

    @EventSourcingHandler
    void on(AccountDisabled event) {
        enabled = false;
    }

    @EventSourcingHandler
    void on(AccountEnabled event) {
        enabled = true;
    }

    /** An address as given, stripped; blank is none. Refused on {@code email} when it cannot be an address. */
    private static String email(String given) {
        String address = Require.optionalText(given);
        String problem = address == null ? null : EmailAddresses.problemWith(address);
        if (problem != null) {
            throw CommandRejectedException.invalid("email", problem);
        }
        return address;
    }
}
