-- The layer of the One Page Plan above the quarter: each team's lasting parts, and the annual goals of its years.

create table lasting_plan_view (
    team_id            text  not null primary key,
    core_values        jsonb not null,
    purpose            text,
    bhag               text,
    long_range_targets jsonb not null,
    updated_at         timestamp(6) with time zone not null
);
comment on table lasting_plan_view is 'One row per team that set the lasting parts of its plan: core_values and '
    'long_range_targets (3-5 years) are JSON arrays of text, bhag the long-range target.';

create table annual_goal_view (
    goal_id       varchar(64) not null primary key,
    team_id       text        not null,
    year          integer     not null,
    title         text        not null,
    description   text,
    retired       boolean     not null,
    retire_reason text,
    defined_at    timestamp(6) with time zone not null,
    updated_at    timestamp(6) with time zone not null
);
create index annual_goal_view_team_year on annual_goal_view (team_id, year, defined_at);
comment on table annual_goal_view is 'One row per annual goal of a team and year; the id lasts the four quarters. '
    'A retired goal stays, with retired true and the retire_reason.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on lasting_plan_view, annual_goal_view to throughline_analyst;
    end if;
end
$$;
