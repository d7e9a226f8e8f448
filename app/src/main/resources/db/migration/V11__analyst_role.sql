-- A read-only group role for analysts: SELECT on the read models, nothing on the event store, the processors' state,
-- idempotency records, accounts or Flyway's history. An analyst signs in with a login role of their own, made a
-- member of it:  create role alice login password '...' in role throughline_analyst;
-- Roles belong to the whole PostgreSQL cluster, which several databases may share (tests, staging): the role is
-- created only when missing. A managed PostgreSQL may not let the migrating user create roles: the migration then
-- skips the role and its grants with a notice rather than fail; a DBA can create the role and rerun the grants below.
-- A read-model table added later needs its own grant in its own migration.
do
$$
begin
    if not exists (select from pg_roles where rolname = 'throughline_analyst') then
        begin
            create role throughline_analyst nologin;
        exception
            -- Another database on the same server created it meanwhile: use it.
            when duplicate_object or unique_violation then null;
            when insufficient_privilege then
                raise notice 'role throughline_analyst not created, and no grants made: %', sqlerrm;
                return;
        end;
    end if;
    grant usage on schema public to throughline_analyst;
    grant select on team_view, team_member, priority_view, metric_view, metric_value, plan_view, team_assessment,
        audit_entry, event_hash to throughline_analyst;
end
$$;
