package io.throughline.web;

import io.throughline.kernel.PersonId;
import io.throughline.security.UserAccounts;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.stream.Collectors;

/** How pages name people: by the display name of their account, by username where the account has none. */
@Component
public class People {

    private final UserAccounts accounts;

    People(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Everyone's name by username, read once per page: a page names many people. */
    public Names names() {
        return new Names(accounts.list().stream().filter(account -> account.displayName() != null)
                .collect(Collectors.toMap(UserAccounts.Account::username, UserAccounts.Account::displayName)));
    }

    /** Templates call {@code names.of(personId)}. */
    public record Names(Map<String, String> displayNames) {

        public String of(PersonId person) {
            return person == null ? null : displayNames.getOrDefault(person.value(), person.value());
        }
    }
}
