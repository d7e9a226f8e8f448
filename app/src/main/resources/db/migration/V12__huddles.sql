-- Weekly huddles: what each team reported, what is stuck and who owns unsticking it; and which huddle a change came from.

create table huddle_view (
    huddle_id        varchar(64) not null primary key,
    team_id          varchar(64) not null,
    held_on          date        not null,
    facilitator_id   text        not null,
    attendees        jsonb       not null,
    priority_updates jsonb       not null,
    metric_updates   jsonb       not null,
    wins             jsonb       not null,
    carried_over     jsonb       not null,
    recorded_at      timestamp(6) with time zone not null,
    unique (team_id, held_on)
);
comment on table huddle_view is 'One row per huddle held by a team (one a day at most). attendees and wins are JSON arrays '
    'of text; priority_updates [{"priorityId", "status", "comment"}] and metric_updates [{"metricId", "period", "value"}] '
    'are what was reported, each also applied to its priority or KPI; carried_over lists the ids of the stuck items '
    'still open from earlier huddles: the agenda the huddle started with.';

create table stuck_item_view (
    item_id     varchar(64) not null primary key,
    team_id     varchar(64) not null,
    huddle_id   varchar(64) not null,
    raised_on   date        not null,
    description text        not null,
    owner_id    text        not null,
    priority_id varchar(64),
    resolved_at timestamp(6) with time zone,
    resolution  text
);
create index stuck_item_view_open on stuck_item_view (team_id) where resolved_at is null;
comment on table stuck_item_view is 'One row per stuck item raised in a huddle: who owns getting it unstuck, the priority it '
    'holds up (if any), and once resolved when and how. Open while resolved_at is null.';

alter table audit_entry add column huddle_id varchar(64);
comment on column audit_entry.huddle_id is 'The huddle a status report or KPI value was given in; null for changes made on their own.';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on huddle_view, stuck_item_view to throughline_analyst;
    end if;
end
$$;
