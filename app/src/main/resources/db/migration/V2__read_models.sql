-- Read models: built from the event log by the projections of the query side, rebuilt by replaying it.
-- Analysts may query these tables with SQL; never write to them. Each COMMENT documents its table.

create table team_view (
    team_id        varchar(64) not null primary key,
    name           text        not null,
    parent_team_id varchar(64),
    registered_at  timestamp(6) with time zone not null
);
comment on table team_view is 'One row per team. parent_team_id is null for a root of the organisation tree.';

create table priority_view (
    priority_id        varchar(64) not null primary key,
    team_id            varchar(64) not null,
    quarter            varchar(7)  not null,
    title              text        not null,
    owner_id           text        not null,
    status             varchar(16) not null,
    success_criterion  text,
    due_date           date,
    parent_priority_id varchar(64),
    version            bigint      not null,
    assigned_at        timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null
);
create index priority_view_team_quarter on priority_view (team_id, quarter);
create index priority_view_parent on priority_view (parent_priority_id);
comment on table priority_view is 'One row per priority as it stands now. quarter is written 2026-Q4; status is one of '
    'NOT_STARTED, ON_TRACK, AT_RISK, OFF_TRACK, COMPLETED, DROPPED; version is the sequence number of its latest event.';

create table metric_view (
    metric_id           varchar(64) not null primary key,
    team_id             varchar(64) not null,
    name                text        not null,
    unit                text,
    direction           varchar(16) not null,
    cadence             varchar(16) not null,
    target              numeric     not null,
    owner_id            text        not null,
    latest_period       varchar(8),
    latest_period_start date,
    latest_value        numeric,
    defined_at          timestamp(6) with time zone not null
);
create index metric_view_team on metric_view (team_id);
comment on table metric_view is 'One row per KPI with the value of its most recent period (latest_*: null before the '
    'first value). direction is HIGHER_IS_BETTER or LOWER_IS_BETTER; cadence WEEKLY, MONTHLY or QUARTERLY.';

create table metric_value (
    metric_id    varchar(64) not null,
    period       varchar(8)  not null,
    period_start date        not null,
    value        numeric     not null,
    note         text,
    recorded_at  timestamp(6) with time zone not null,
    recorded_by  text,
    primary key (metric_id, period)
);
comment on table metric_value is 'One row per recorded KPI value. period is 2026-W47 (ISO week), 2026-11 (month) or '
    '2026-Q4 (quarter); period_start is its first day, for sorting and time series.';

create table audit_entry (
    global_sequence bigint      not null primary key,
    aggregate_type  varchar(64) not null,
    aggregate_id    varchar(64) not null,
    sequence        bigint      not null,
    event_type      varchar(64) not null,
    actor           text        not null,
    occurred_at     timestamp(6) with time zone not null,
    reason          text,
    changes         jsonb       not null,
    unique (aggregate_id, sequence)
);
comment on table audit_entry is 'One row per event of any aggregate: who (actor) did what (event_type) to which '
    'aggregate, when, why (reason) and what it set (changes: {"field": {"before": ..., "after": ...}}). '
    'global_sequence is the event''s position in the event log (domain_event_entry.global_index).';
