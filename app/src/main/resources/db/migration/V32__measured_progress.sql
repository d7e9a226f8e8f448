-- Measured progress: a priority's progress (0-100 %) as the weighted mean of its measures (linked KPIs, its milestones)
-- and of the priorities aligned to it. Kept by one projection so that the company roll-up reads it with its priorities
-- in one query instead of computing it per priority on every request.

create table kpi_progress_view (
    metric_id           varchar(64) not null primary key,
    priority_id         varchar(64),
    name                text        not null,
    direction           varchar(32) not null,
    target              numeric     not null,
    baseline            numeric,
    first_period_start  date,
    first_value         numeric,
    latest_period_start date,
    latest_value        numeric,
    weight              numeric     not null,
    retired             boolean     not null,
    contribution        numeric(4, 1)
);
create index kpi_progress_view_priority on kpi_progress_view (priority_id);
comment on table kpi_progress_view is 'One row per KPI (metric_view.metric_id): what it contributes to the progress of '
    'the priority it is linked to (priority_id, null when none).';
comment on column kpi_progress_view.baseline is 'Where progress starts, as set by a leader; null: first_value.';
comment on column kpi_progress_view.contribution is '(latest_value - baseline) / (target - baseline) as 0-100 %, '
    'clipped; null before the first value. A baseline at or past the target gives 100 once the target is met, else 0.';

create table priority_progress_view (
    priority_id        varchar(64) not null primary key,
    parent_priority_id varchar(64),
    quarter            varchar(7)  not null,
    status             varchar(32) not null,
    weight             numeric     not null,
    milestones_weight  numeric     not null,
    milestones_done    integer     not null,
    milestones_total   integer     not null,
    progress           numeric(4, 1)
);
create index priority_progress_view_parent on priority_progress_view (parent_priority_id);
create index priority_progress_view_quarter on priority_progress_view (quarter);
comment on table priority_progress_view is 'One row per priority (priority_view.priority_id): its measured progress, '
    '0-100 %, the weighted mean of its KPIs'' contributions, its milestones (done / total) and the progress of the '
    'priorities aligned to it that are not dropped; null when it has none of them. Kept as it was when the priority '
    'closed (completed, missed, carried over or dropped).';

create table milestone_progress_view (
    priority_id  varchar(64) not null,
    milestone_id varchar(64) not null,
    done         boolean     not null,
    primary key (priority_id, milestone_id)
);
comment on table milestone_progress_view is 'One row per milestone still in a priority''s plan, and whether it is done: '
    'what priority_progress_view.milestones_done and milestones_total count.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on kpi_progress_view, priority_progress_view, milestone_progress_view to throughline_analyst;
    end if;
end
$$;
