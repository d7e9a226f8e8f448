-- The audit trail by team, an append-only event log, and a hash chain over it.

-- Every audit entry names the team its aggregate belongs to. The first event of every aggregate (TeamRegistered,
-- PlanFramed, PriorityAssigned, MetricDefined) carries its teamId; entries projected before this column existed take it
-- from there.
alter table audit_entry add column team_id varchar(64);
update audit_entry a
   set team_id = convert_from(e.payload, 'UTF8')::jsonb ->> 'teamId'
  from audit_entry f
  join domain_event_entry e on e.global_index = f.global_sequence
 where f.aggregate_id = a.aggregate_id and f.sequence = 0;
create index audit_entry_team on audit_entry (team_id, global_sequence);
create index audit_entry_actor on audit_entry (actor, global_sequence);
create index audit_entry_occurred_at on audit_entry (occurred_at);
comment on column audit_entry.team_id is 'The team of the aggregate: the team itself, or the team whose plan, priority or KPI it is.';

-- The event log is append-only: the database itself refuses to change or remove an event, whoever asks.
create function refuse_event_log_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the event log is append-only: % on % is refused', tg_op, tg_table_name;
end
$$;
create trigger domain_event_entry_append_only
    before update or delete on domain_event_entry
    for each row execute function refuse_event_log_change();
create trigger domain_event_entry_no_truncate
    before truncate on domain_event_entry
    for each statement execute function refuse_event_log_change();

-- Tamper evidence: the SHA-256 of each event chained to the hash of the event before it, written once when the event
-- is first seen. Recomputing the chain from the log (GET /api/audit/verify) finds the first event altered since.
create table event_hash (
    global_sequence bigint   not null primary key,
    hash            varchar(64) not null
);
comment on table event_hash is 'One row per event of the log: hash is the hex SHA-256 over the previous event''s hash, '
    'the event''s global sequence, type, aggregate id, timestamp, actor and payload bytes. Never rebuilt by a replay.';
