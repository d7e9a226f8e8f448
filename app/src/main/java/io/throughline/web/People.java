package io.throughline.web;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.person.ListPeople;
import io.throughline.kernel.person.PersonName;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How pages name people and offer them for choice: by the display name of their account, by username where the
 * account has none. One query per page: a page names many people.
 */
@Component
public class People {

    private final QueryGateway queries;

    People(QueryGateway queries) {
        this.queries = queries;
    }

    /** Everyone with an account, by name. */
    public List<PersonName> everyone() {
        return queries.query(new ListPeople(), ResponseTypes.multipleInstancesOf(PersonName.class)).join();
    }

    /** Everyone's name; templates call {@code names.of(personId)}. */
    public Names names() {
        return namesOf(everyone());
    }

    public static Names namesOf(List<PersonName> people) {
        return new Names(people.stream().collect(Collectors.toMap(person -> person.id().value(),
                PersonName::displayName, (first, second) -> first)));
    }

    /** Display names by username. */
    public record Names(Map<String, String> displayNames) {

        public String of(PersonId person) {
            return person == null ? null : of(person.value());
        }

        public String of(String username) {
            return username == null ? null : displayNames.getOrDefault(username, username);
        }
    }
}
