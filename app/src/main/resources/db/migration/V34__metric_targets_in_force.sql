-- Each KPI period is judged against the target in force at its end (issue 23): every target a KPI has had, from when.
-- Filled by the dashboard projection; on a database from before, a replay of it writes the KPIs' past targets (until
-- then a KPI without rows is judged against its target of now, as before).

create table metric_target (
    metric_id      varchar(64) not null,
    sequence       bigint      not null,
    effective_from timestamp(6) with time zone not null,
    target         numeric     not null,
    green_at       numeric     not null,
    red_at         numeric     not null,
    changed_by     text,
    reason         text,
    primary key (metric_id, sequence)
);
comment on table metric_target is 'One row per version of a KPI''s target (metric_view.metric_id): the first from its '
    'definition, one per change of target or thresholds, in force from effective_from until the next row. sequence is '
    'the number of the event that set it in the KPI''s stream; changed_by who set it, reason why (null for the first). '
    'A period is judged against the row in force at its end.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on metric_target to throughline_analyst;
    end if;
end
$$;
