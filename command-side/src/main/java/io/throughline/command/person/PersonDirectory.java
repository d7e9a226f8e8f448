package io.throughline.command.person;

import io.throughline.kernel.PersonId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Whether a person may be named in a command: registered, and their account enabled ({@link AccountProjection}). */
@Component
public class PersonDirectory {

    private final JdbcTemplate sql;

    PersonDirectory(JdbcTemplate sql) {
        this.sql = sql;
    }

    public Standing standingOf(PersonId person) {
        return sql.query("select enabled from users where username = ?",
                        (row, n) -> row.getBoolean(1) ? Standing.ACTIVE : Standing.DISABLED, person.value())
                .stream().findFirst().orElse(Standing.UNKNOWN);
    }

    public enum Standing {
        ACTIVE,
        DISABLED,
        UNKNOWN
    }
}
