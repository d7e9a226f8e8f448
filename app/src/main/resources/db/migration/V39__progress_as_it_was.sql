-- Measured progress as it was computed at any instant, for the dashboards as of a past moment and a closed quarter's
-- final roll-up: every reading the progress projection has given a priority and a KPI, each from the event that made
-- it. Written beside priority_progress_view and kpi_progress_view by the same projection, insert-only: a reading stands
-- until the one with the next version.

create table priority_progress_version (
    priority_id       varchar(64)  not null,
    version           bigint       not null,
    valid_from        timestamp(6) with time zone not null,
    weight            numeric      not null,
    milestones_weight numeric      not null,
    milestones_done   integer      not null,
    milestones_total  integer      not null,
    progress          numeric(4, 1),
    primary key (priority_id, version)
);
comment on table priority_progress_version is 'Every reading priority_progress_view has held for a priority: its '
    'progress, its weight and its milestones, from valid_from (the instant of the event that made it) until its next '
    'version. A priority''s reading as of an instant T: its row of the highest version with valid_from <= T.';
comment on column priority_progress_version.version is 'Counts the priority''s readings from 1: '
    'priority_progress_view.state_version is its newest.';

create table kpi_progress_version (
    metric_id    varchar(64)  not null,
    version      bigint       not null,
    valid_from   timestamp(6) with time zone not null,
    priority_id  varchar(64),
    name         text         not null,
    weight       numeric      not null,
    retired      boolean      not null,
    contribution numeric(4, 1),
    primary key (metric_id, version)
);
create index kpi_progress_version_priority on kpi_progress_version (priority_id, metric_id);
comment on table kpi_progress_version is 'Every reading kpi_progress_view has held for a KPI: the priority it measured '
    '(priority_id), its name, weight, whether it was retired and its contribution (0-100 %), from valid_from until its '
    'next version. A KPI''s reading as of an instant T: its row of the highest version with valid_from <= T; it '
    'measured priority_id then unless retired.';
comment on column kpi_progress_version.version is 'Counts the KPI''s readings from 1: kpi_progress_view.state_version '
    'is its newest.';

alter table priority_progress_view add column state_version bigint not null default 0;
comment on column priority_progress_view.state_version is 'The version of its newest row in priority_progress_version '
    '(0: none yet, a row from before V39 until a replay).';
alter table kpi_progress_view add column state_version bigint not null default 0;
comment on column kpi_progress_view.state_version is 'The version of its newest row in kpi_progress_version (0: none '
    'yet, a row from before V39 until a replay).';

-- A team's dashboard as of an instant reads the priorities aligned to its own as they stood.
create index priority_version_parent on priority_version (parent_priority_id);

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on priority_progress_version, kpi_progress_version to throughline_analyst;
    end if;
end
$$;
