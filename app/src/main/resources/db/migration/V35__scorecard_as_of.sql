-- A team's scorecard as it read at any instant (issue 23): what each KPI was over time and every correction of a value,
-- each with its time, beside metric_view and metric_value (which keep when each value was first recorded). Filled by
-- the dashboard projection; on a database from before, a replay of it writes them.

create table metric_definition_version (
    metric_id   varchar(64) not null,
    sequence    bigint      not null,
    known_from  timestamp(6) with time zone not null,
    name        text        not null,
    unit        text,
    kind        varchar(16) not null,
    owner_id    text        not null,
    priority_id text,
    retired     boolean     not null,
    primary key (metric_id, sequence)
);
comment on table metric_definition_version is 'One row per version of what a KPI (metric_view.metric_id) was: its '
    'name, unit, kind, owner, the priority it tells the progress of and whether it was retired, from known_from until '
    'the next row. sequence is the number of the event that made it so in the KPI''s stream (its definition, a change '
    'of definition, a handover, its retirement).';

create table metric_value_correction (
    metric_id    varchar(64) not null,
    sequence     bigint      not null,
    period       varchar(8)  not null,
    period_start date        not null,
    value_before numeric     not null,
    value_after  numeric     not null,
    reason       text,
    corrected_at timestamp(6) with time zone not null,
    corrected_by text,
    primary key (metric_id, sequence)
);
comment on table metric_value_correction is 'One row per correction of a KPI value (metric_value): the value it '
    'replaced and the new one, why, when and by whom. At an instant, a period had the value_before of its first '
    'correction after that instant, or its metric_value.value when none came after.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on metric_definition_version, metric_value_correction to throughline_analyst;
    end if;
end
$$;
