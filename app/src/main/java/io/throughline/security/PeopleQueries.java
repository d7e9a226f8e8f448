package io.throughline.security;

import io.throughline.kernel.PersonId;
import io.throughline.kernel.person.ListPeople;
import io.throughline.kernel.person.PersonName;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The people pages offer for choice (members, attendees, actors in the audit log), read from the accounts: the
 * projection of the person events that every node keeps, so that pages ask for them through the query gateway.
 */
@Component
class PeopleQueries {

    private final JdbcTemplate sql;

    PeopleQueries(JdbcTemplate sql) {
        this.sql = sql;
    }

    @QueryHandler
    List<PersonName> handle(ListPeople query) {
        return sql.query("""
                select username, coalesce(nullif(display_name, ''), username) as name, enabled from users
                order by lower(coalesce(nullif(display_name, ''), username)), username""",
                (row, i) -> new PersonName(new PersonId(row.getString("username")), row.getString("name"),
                        row.getBoolean("enabled")));
    }
}
