-- How every priority stood at any instant, for the dashboards as of a past moment and a closed quarter's final
-- roll-up: one row per state a priority has been in, valid from the event that made it until the next one.

create table priority_version (
    priority_id        varchar(64)  not null,
    version            bigint       not null,
    valid_from         timestamp(6) with time zone not null,
    valid_to           timestamp(6) with time zone,
    team_id            varchar(64)  not null,
    quarter            varchar(7)   not null,
    title              text         not null,
    description        text,
    owner_id           text         not null,
    status             varchar(16)  not null,
    status_comment     text,
    confidence         integer,
    success_criterion  text,
    due_date           date,
    parent_priority_id varchar(64),
    change_count       integer      not null,
    assigned_at        timestamp(6) with time zone not null,
    reported_at        timestamp(6) with time zone,
    carried_from_id    text,
    carried_to_id      text,
    annual_goal_id     text,
    primary key (priority_id, version)
);
create index priority_version_quarter on priority_version (quarter, valid_from);
create index priority_version_team on priority_version (team_id, quarter, valid_from);
comment on table priority_version is 'Every state each priority has been in, as priority_view held it, valid from '
    'valid_from (the instant of the event that made it, inclusive) to valid_to (the next such event, exclusive; null '
    'while it stands). The priorities as of an instant T: valid_from <= T and (valid_to is null or valid_to > T). '
    'Milestone and lateral-link events change no column here and make no row. orphaned is left out: it is the parent''s '
    'status at the same instant.';
comment on column priority_version.version is 'The priority''s event sequence number that made this state.';

alter table priority_view add column state_version bigint;
comment on column priority_view.state_version is 'The version of its newest row in priority_version: the state that '
    'stands, which the next change ends.';

create table priority_contribution_span (
    priority_id        varchar(64) not null,
    target_priority_id varchar(64) not null,
    added_at           timestamp(6) with time zone not null,
    removed_at         timestamp(6) with time zone,
    primary key (priority_id, target_priority_id, added_at)
);
create index priority_contribution_span_target on priority_contribution_span (target_priority_id);
comment on table priority_contribution_span is 'Every lateral link there has been (priority_contribution_view keeps '
    'only those standing): priority_id contributed to target_priority_id from added_at until removed_at (null while '
    'it stands).';

do
$$
begin
    if exists (select from pg_roles where rolname = 'throughline_analyst') then
        grant select on priority_version, priority_contribution_span to throughline_analyst;
    end if;
end
$$;
