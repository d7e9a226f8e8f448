package io.throughline.web;

import io.throughline.kernel.person.ListPeople;
import io.throughline.kernel.person.PersonName;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The people a page offers for choice, and the names it shows for usernames. */
@Component
class PeopleChoices {

    private final QueryGateway queries;

    PeopleChoices(QueryGateway queries) {
        this.queries = queries;
    }

    /** Everyone with an account, by name. */
    List<PersonName> everyone() {
        return queries.query(new ListPeople(), ResponseTypes.multipleInstancesOf(PersonName.class)).join();
    }

    /** Display names by username, for pages that show people the log names by username. */
    static Map<String, String> namesOf(List<PersonName> people) {
        return people.stream().collect(Collectors.toMap(person -> person.id().value(), PersonName::displayName,
                (first, second) -> first));
    }
}
