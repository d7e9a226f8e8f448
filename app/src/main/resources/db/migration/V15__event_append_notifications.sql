-- Every instance of the service is told, when a transaction that appended events commits, that there is something
-- new to read: PostgreSQL delivers NOTIFY at commit, to every session that LISTENs on the channel (one per instance).
-- Its processors then read at once, instead of at their next poll; events appended by another instance reach this
-- one's projections as quickly as its own. One notification per statement: a command's events are one insert batch.
create function throughline_notify_events_appended() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('throughline_events', '');
    return null;
end;
$$;

create trigger domain_event_entry_appended
    after insert on domain_event_entry
    for each statement
execute function throughline_notify_events_appended();
