-- One Page Plans: a team's framing of a quarter.
create table plan_view (
    team_id      varchar(64) not null,
    quarter      varchar(7)  not null,
    purpose      text,
    outcome      text        not null,
    annual_goals jsonb       not null,
    framed_at    timestamp(6) with time zone not null,
    updated_at   timestamp(6) with time zone not null,
    primary key (team_id, quarter)
);
comment on table plan_view is 'One row per framed One Page Plan: purpose, outcome (what a win looks like) and '
    'annual_goals (a JSON array of text) of one team for one quarter.';
