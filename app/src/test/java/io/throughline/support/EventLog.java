package io.throughline.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Reads the event log with SQL, as an auditor would: what the service actually stored. */
public record EventLog(JdbcTemplate sql) {

    public long eventsOf(String aggregateId) {
        return sql.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                aggregateId);
    }

    public long allEvents() {
        return sql.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
